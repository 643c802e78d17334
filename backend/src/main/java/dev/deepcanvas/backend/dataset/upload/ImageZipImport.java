package dev.deepcanvas.backend.dataset.upload;

import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.DatasetTask;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.dataset.SplitCounts;
import dev.deepcanvas.backend.dataset.TensorSpec;
import dev.deepcanvas.backend.dataset.UploadRejectedException;
import dev.deepcanvas.backend.dataset.UploadedFile;
import dev.deepcanvas.backend.dataset.parsing.Encodings;
import dev.deepcanvas.backend.dataset.transform.SplitFractions;
import dev.deepcanvas.graph.analysis.Shape;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a zip with one folder of pictures per class ("cats/1.jpg", "dogs/7.png") into an image classification
 * dataset. A zip of the parent folder ("pets/cats/1.jpg") works too. Pictures of any size and format are resized to
 * the chosen height × width × channels.
 */
final class ImageZipImport {

    static final int MIN_PER_CLASS = 2;

    /** One decoded, resized picture. */
    private record Picture(String path, float[] pixels) {
    }

    private final ImageImportOptions options;
    private final Map<String, List<Picture>> byClass;

    private ImageZipImport(ImageImportOptions options, Map<String, List<Picture>> byClass) {
        this.options = options;
        this.byClass = byClass;
    }

    static ImageZipImport of(UploadedFile file, ImageImportOptions options, UploadLimits limits) {
        options.check();
        ZipEntries.Contents contents = ZipEntries.read(file, limits);
        String root = commonRoot(contents);
        // Sorted by class name so class ids do not depend on the order the zip tool wrote the folders in.
        Map<String, List<Picture>> byClass = new TreeMap<>();
        for (String folder : contents.folders()) {
            String relative = strip(folder, root);
            if (!relative.isEmpty() && !relative.contains("/")) {
                byClass.putIfAbsent(relative, new ArrayList<>());
            }
        }
        for (ZipEntries.Entry entry : contents.files()) {
            String relative = strip(entry.path(), root);
            String[] parts = relative.split("/");
            if (parts.length == 1) {
                throw new UploadRejectedException("'" + entry.path() + "' is not inside a class folder. Put each "
                        + "picture in a folder named after its class (for example cats/1.jpg, dogs/2.jpg).");
            }
            if (parts.length > 2) {
                throw new UploadRejectedException("'" + entry.path() + "' is in a folder inside a class folder. "
                        + "Put each picture directly in its class folder (for example cats/1.jpg).");
            }
            float[] pixels = ImagePixels.of(ImageDecoder.decode(entry, limits.maxImageSide()), options.height(),
                    options.width(), options.channels());
            byClass.computeIfAbsent(parts[0], c -> new ArrayList<>()).add(new Picture(entry.path(), pixels));
        }
        for (Map.Entry<String, List<Picture>> c : byClass.entrySet()) {
            if (c.getValue().size() < MIN_PER_CLASS) {
                throw new UploadRejectedException("The class folder '" + c.getKey() + "' holds "
                        + (c.getValue().isEmpty() ? "no pictures" : "only one picture") + "; every class needs at "
                        + "least " + MIN_PER_CLASS + ". Add pictures to it or remove the folder.");
            }
        }
        if (byClass.size() < 2) {
            throw new UploadRejectedException("The zip has " + (byClass.isEmpty() ? "no class folders" : "only the "
                    + "class folder '" + byClass.keySet().iterator().next() + "'") + "; a classifier needs at least "
                    + "two. Put the pictures of each class in their own folder.");
        }
        return new ImageZipImport(options, byClass);
    }

    UploadPreview preview(String fileName) {
        List<UploadPreview.PreviewImage> images = new ArrayList<>();
        for (Map.Entry<String, List<Picture>> c : byClass.entrySet()) {
            c.getValue().stream().limit(UploadPreview.IMAGES_PER_CLASS).forEach(p -> images.add(
                    new UploadPreview.PreviewImage(c.getKey(), p.path(),
                            ImagePixels.png(p.pixels(), options.height(), options.width(), options.channels()))));
        }
        int total = byClass.values().stream().mapToInt(List::size).sum();
        return new UploadPreview(fileName, List.of(), false, null, DatasetTask.CLASSIFICATION, List.of(),
                classCounts(), images, total, total + " pictures in " + byClass.size() + " classes, resized to "
                + options.height() + "×" + options.width() + "×" + options.channels());
    }

    PreparedDataset build(String fileName) {
        List<String> classNames = List.copyOf(byClass.keySet());
        List<Picture> pictures = new ArrayList<>();
        List<Integer> classes = new ArrayList<>();
        for (int c = 0; c < classNames.size(); c++) {
            for (Picture p : byClass.get(classNames.get(c))) {
                pictures.add(p);
                classes.add(c);
            }
        }
        int[] classOfRow = classes.stream().mapToInt(Integer::intValue).toArray();
        SplitFractions.Parts parts = options.split().split(classOfRow);
        Shape shape = Shape.image(options.height(), options.width(), options.channels());
        String description = "Uploaded from " + fileName + ": " + pictures.size() + " pictures in "
                + classNames.size() + " classes (" + String.join(", ", classNames) + "), resized to "
                + options.height() + "×" + options.width() + " with " + options.channels() + " channel"
                + (options.channels() == 1 ? "" : "s") + ", pixel values in [0, 1].";
        DatasetDescriptor descriptor = new DatasetDescriptor("upload", options.name(), DatasetTask.CLASSIFICATION,
                List.of(TensorSpec.of("pixels", shape)), List.of(TensorSpec.of("class", Shape.vector(classNames.size()))),
                classNames, List.of(), null, null, new SplitCounts(0, 0, 0), false, description, "uploaded file " + fileName);
        return new PreparedDataset(descriptor, part(pictures, classOfRow, parts.train(), classNames.size()),
                parts.validation().isEmpty() ? null : part(pictures, classOfRow, parts.validation(), classNames.size()),
                part(pictures, classOfRow, parts.test(), classNames.size()));
    }

    private Map<String, Integer> classCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        byClass.forEach((name, pictures) -> counts.put(name, pictures.size()));
        return counts;
    }

    private DatasetSplit part(List<Picture> pictures, int[] classOfRow, List<Integer> rows, int classCount) {
        int perImage = options.channels() * options.height() * options.width();
        float[] data = new float[rows.size() * perImage];
        int[] classes = new int[rows.size()];
        List<String> paths = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Picture p = pictures.get(rows.get(i));
            System.arraycopy(p.pixels(), 0, data, i * perImage, perImage);
            classes[i] = classOfRow[rows.get(i)];
            paths.add(p.path());
        }
        return DatasetSplit.of(Nd4j.create(data, new long[]{rows.size(), options.channels(), options.height(),
                options.width()}, DataType.FLOAT), Encodings.oneHotRows(classes, classCount), paths);
    }

    /** The one folder every entry sits in when the user zipped the parent folder; "" otherwise. */
    private static String commonRoot(ZipEntries.Contents contents) {
        String root = null;
        for (ZipEntries.Entry entry : contents.files()) {
            String[] parts = entry.path().split("/");
            if (parts.length < 3) {
                return "";
            }
            if (root == null) {
                root = parts[0];
            } else if (!root.equals(parts[0])) {
                return "";
            }
        }
        return root == null ? "" : root + "/";
    }

    private static String strip(String path, String root) {
        if (root.isEmpty()) {
            return path;
        }
        return path.startsWith(root) ? path.substring(root.length()) : (path + "/").equals(root) ? "" : path;
    }
}
