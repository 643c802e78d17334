package dev.deepcanvas.backend.dataset.upload;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.DatasetTask;
import dev.deepcanvas.backend.dataset.FeatureScale;
import dev.deepcanvas.backend.dataset.Normalisation;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.dataset.SplitCounts;
import dev.deepcanvas.backend.dataset.UnknownDatasetException;
import dev.deepcanvas.backend.dataset.UploadRejectedException;
import dev.deepcanvas.backend.dataset.UploadedFile;
import dev.deepcanvas.backend.dataset.parsing.Vocabulary;
import dev.deepcanvas.backend.dataset.transform.SplitFractions;
import dev.deepcanvas.db.dataset.UploadedDatasetRepository;
import dev.deepcanvas.db.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.deepcanvas.backend.dataset.upload.UploadFixtures.classificationCsv;
import static dev.deepcanvas.backend.dataset.upload.UploadFixtures.csv;
import static dev.deepcanvas.backend.dataset.upload.UploadFixtures.png;
import static dev.deepcanvas.backend.dataset.upload.UploadFixtures.redAndBluePictures;
import static dev.deepcanvas.backend.dataset.upload.UploadFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Uploads against the real services, a real H2 file database and the real data directory. */
@DatabaseTest
class DatasetUploadServiceTest extends ServiceTest {

    @Autowired
    DatasetUploadService uploads;
    @Autowired
    DatasetService datasets;
    @Autowired
    UploadedDatasetStore store;
    @Autowired
    UploadedDatasetRepository rows;

    @Autowired
    dev.deepcanvas.backend.account.AccountService accounts;

    // --- Privacy -------------------------------------------------------------------------------------------------

    @Test
    void anUploadIsInvisibleToOtherUsers() {
        DatasetDescriptor mine = uploads.importCsv(csv("mine.csv", classificationCsv(60)), CsvImportOptions.defaults("Mine"));
        assertThat(datasets.get(mine.id())).isNotNull(); // now cached for everyone

        dev.deepcanvas.backend.account.SignedIn.as(
                dev.deepcanvas.backend.account.SignedIn.newAccount(accounts, "stranger"));
        assertThat(datasets.list()).extracting(DatasetDescriptor::id).doesNotContain(mine.id());
        assertThatThrownBy(() -> datasets.describe(mine.id())).isInstanceOf(UnknownDatasetException.class);
        assertThatThrownBy(() -> datasets.get(mine.id())).isInstanceOf(UnknownDatasetException.class);
        assertThat(uploads.delete(mine.id())).isFalse();

        dev.deepcanvas.backend.account.SignedIn.anonymous();
        assertThat(datasets.list()).extracting(DatasetDescriptor::id).doesNotContain(mine.id());
    }

    // --- CSV -----------------------------------------------------------------------------------------------------

    @Test
    void aCsvIsPreviewedThenImportedReadyForTraining() {
        UploadedFile file = csv("sizes.csv", classificationCsv(100));

        UploadPreview preview = uploads.previewCsv(file, CsvImportOptions.defaults("Sizes"));
        assertThat(preview.headerDetected()).isTrue();
        assertThat(preview.columns()).containsExactly("length", "width", "kind");
        assertThat(preview.targetColumn()).isEqualTo("kind");
        assertThat(preview.task()).isEqualTo(DatasetTask.CLASSIFICATION);
        assertThat(preview.firstRows()).hasSize(UploadPreview.ROWS);
        assertThat(preview.classCounts()).containsExactly(Map.entry("big", 50), Map.entry("small", 50));

        DatasetDescriptor imported = uploads.importCsv(file, CsvImportOptions.defaults("Sizes"));
        assertThat(imported.id()).startsWith("upload-");
        assertThat(imported.counts()).isEqualTo(new SplitCounts(70, 10, 20));
        assertThat(imported.classNames()).containsExactly("big", "small");
        assertThat(datasets.list()).extracting(DatasetDescriptor::id).contains(imported.id());

        PreparedDataset data = datasets.get(imported.id());
        assertThat(data.train().getFeatures().shape()).containsExactly(70, 2);
        assertThat(data.test().getLabels().sum(0).toDoubleVector()).containsExactly(10.0, 10.0);
        assertThat(data.train().getFeatures().mean(0).getDouble(0)).isCloseTo(0.0, within(1e-4));
        assertThat(data.descriptor().synthetic()).isFalse();
    }

    @Test
    void aNumericTargetWithManyValuesIsRegressionWithStandardisedTargets() {
        StringBuilder text = new StringBuilder("rooms,area,price\n");
        for (int i = 0; i < 50; i++) {
            text.append(1 + i % 5).append(',').append(40 + i).append(',').append(100 + 3 * i + i % 7).append('\n');
        }
        UploadedFile file = csv("houses.csv", text.toString());
        DatasetDescriptor imported = uploads.importCsv(file, CsvImportOptions.defaults("Houses"));

        assertThat(imported.task()).isEqualTo(DatasetTask.REGRESSION);
        assertThat(imported.targetScale().unit()).isEqualTo("price");
        PreparedDataset data = datasets.get(imported.id());
        double standardised = data.train().getLabels().getDouble(0, 0);
        double original = imported.targetScale().toOriginal(0, standardised);
        assertThat(original).isBetween(100.0, 260.0);
        assertThat(data.train().getLabels().meanNumber().doubleValue()).isCloseTo(0.0, within(1e-4));
    }

    @Test
    void theFeatureScalingIsStoredSoRawValuesCanBeRescaledLikeTraining() {
        UploadedFile file = csv("sizes.csv", classificationCsv(60));
        CsvImportOptions minMax = new CsvImportOptions("Scaled", null, null, null, Normalisation.MIN_MAX,
                SplitFractions.DEFAULT);
        DatasetDescriptor imported = uploads.importCsv(file, minMax);

        FeatureScale scale = datasets.describe(imported.id()).featureScale(); // read back from the manifest
        assertThat(scale.normalisation()).isEqualTo(Normalisation.MIN_MAX);
        assertThat(scale.columns()).isEqualTo(2);
        PreparedDataset data = datasets.get(imported.id());
        String rows = classificationCsv(60);
        for (int i = 0; i < data.test().numExamples(); i++) {
            double[] raw = scale.toRaw(data.test().getFeatures().getRow(i).toDoubleVector());
            // Back in the file's units: a line of the CSV, to its two decimals.
            String line = String.format(java.util.Locale.ROOT, "%.2f,%.2f,", raw[0], raw[1]);
            assertThat(rows).contains(line);
            assertThat(scale.toModel(raw)).containsExactly(data.test().getFeatures().getRow(i).toDoubleVector(),
                    within(1e-5));
        }

        DatasetDescriptor asIs = uploads.importCsv(file, new CsvImportOptions("As is", null, null, null,
                Normalisation.NONE, SplitFractions.DEFAULT));
        assertThat(datasets.describe(asIs.id()).featureScale()).isEqualTo(FeatureScale.none(2));
    }

    @Test
    void aMalformedRowIsReportedByLineAndNothingIsImported() {
        String text = classificationCsv(30).replaceFirst("\n([^\n]*)\n([^\n]*)\n", "\n$1\n2.5,1.0\n");
        assertNothingStored(() -> assertThatThrownBy(() ->
                uploads.importCsv(csv("broken.csv", text), CsvImportOptions.defaults("Broken")))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessage("Line 3 has 2 values but line 1 has 3. Every line needs the same number of "
                        + "comma-separated values (quote values that contain commas)."));
    }

    @Test
    void aWordInANumericColumnIsReportedWithLineAndColumn() {
        String text = classificationCsv(30).replaceFirst("\n[0-9.]+,", "\nabout five,");
        assertNothingStored(() -> assertThatThrownBy(() ->
                uploads.importCsv(csv("words.csv", text), CsvImportOptions.defaults("Words")))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessageStartingWith("Line 2, column 'length': 'about five' is not a number."));
    }

    @Test
    void anOversizeFileIsRefusedWhileReadingIt() {
        InputStream huge = new InputStream() {
            private long left = 3_000_000;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }
        };
        long max = uploads.limits().maxFileBytes();
        assertNothingStored(() -> assertThatThrownBy(() -> UploadedFile.read("huge.csv", huge, max))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessageStartingWith("The file 'huge.csv' is larger than the 1 MB upload limit."));
        UploadedFile oversize = new UploadedFile("huge.zip", new byte[(int) max + 1]);
        assertNothingStored(() -> assertThatThrownBy(() ->
                uploads.importImages(oversize, ImageImportOptions.defaults("Huge")))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessageStartingWith("The file 'huge.zip' is larger than the 1 MB upload limit."));
    }

    // --- zip of class folders ------------------------------------------------------------------------------------

    @Test
    void aZipOfClassFoldersIsResizedToTheChosenShape() {
        UploadedFile file = zip("colours.zip", redAndBluePictures(10));
        ImageImportOptions options = new ImageImportOptions("Colours", 8, 6, 3, SplitFractions.DEFAULT);

        UploadPreview preview = uploads.previewImages(file, options);
        assertThat(preview.classCounts()).containsExactly(Map.entry("blue", 10), Map.entry("red", 10));
        assertThat(preview.images()).hasSize(2 * UploadPreview.IMAGES_PER_CLASS);

        DatasetDescriptor imported = uploads.importImages(file, options);
        PreparedDataset data = datasets.get(imported.id());
        assertThat(data.train().getFeatures().shape()).containsExactly(14, 3, 8, 6);
        assertThat(imported.classNames()).containsExactly("blue", "red");
        // A red picture is red in every pixel after resizing: channel 0 full, channel 2 empty.
        int redRow = data.train().getLabels().getDouble(0, 1) == 1.0 ? 0 : firstRowOf(data, 1);
        assertThat(data.train().getFeatures().slice(redRow).slice(0).meanNumber().doubleValue()).isCloseTo(1.0,
                within(1e-3));
        assertThat(data.train().getFeatures().slice(redRow).slice(2).meanNumber().doubleValue()).isCloseTo(0.0,
                within(1e-3));
    }

    @Test
    void aGreyscaleImportHasOneChannelAndAParentFolderIsAccepted() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        redAndBluePictures(5).forEach((path, bytes) -> entries.put("pets/" + path, bytes));
        DatasetDescriptor imported = uploads.importImages(zip("pets.zip", entries),
                new ImageImportOptions("Pets", 5, 5, 1, new SplitFractions(0, 0.2, 3)));
        assertThat(imported.input().shape().channels()).isEqualTo(1);
        assertThat(imported.classNames()).containsExactly("blue", "red");
        assertThat(datasets.get(imported.id()).validation()).isEmpty();
    }

    @Test
    void aFileThatIsNotAPictureIsNamed() {
        Map<String, byte[]> entries = redAndBluePictures(3);
        entries.put("red/notes.txt", "remember the milk".getBytes());
        assertNothingStored(() -> assertThatThrownBy(() ->
                uploads.importImages(zip("mixed.zip", entries), ImageImportOptions.defaults("Mixed")))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessageStartingWith("'red/notes.txt' is not a picture DeepCanvas can read"));
    }

    @Test
    void aZipSlipPathIsRefused() {
        Map<String, byte[]> entries = redAndBluePictures(3);
        entries.put("../../escape.png", png(4, 4, java.awt.Color.GREEN));
        assertNothingStored(() -> assertThatThrownBy(() ->
                uploads.importImages(zip("slip.zip", entries), ImageImportOptions.defaults("Slip")))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessageStartingWith("The zip contains the path '../../escape.png', which points outside the "
                        + "archive;")
                // The upload dialog adds "Nothing was imported." to every refusal; the message must not say it too.
                .message().doesNotContainIgnoringCase("nothing was imported"));
    }

    @Test
    void aZipBombIsStoppedAtTheUnpackedSizeCap() {
        Map<String, byte[]> entries = redAndBluePictures(3);
        entries.put("red/bomb.png", new byte[5_000_000]); // zeros: a few KB zipped, 5 MB unpacked
        UploadedFile bomb = zip("bomb.zip", entries);
        assertThat(bomb.bytes().length).isLessThan(100_000);
        assertNothingStored(() -> assertThatThrownBy(() ->
                uploads.importImages(bomb, ImageImportOptions.defaults("Bomb")))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessageStartingWith("The zip 'bomb.zip' unpacks to more than 3 MB, the limit for one upload."));
    }

    @Test
    void anEmptyClassFolderIsNamed() {
        Map<String, byte[]> entries = redAndBluePictures(3);
        entries.put("green/", new byte[0]);
        assertNothingStored(() -> assertThatThrownBy(() ->
                uploads.importImages(zip("empty.zip", entries), ImageImportOptions.defaults("Empty")))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessage("The class folder 'green' holds no pictures; every class needs at least 2. Add "
                        + "pictures to it or remove the folder."));
    }

    @Test
    void pictureOutsideAClassFolderOrABadShapeIsExplained() {
        Map<String, byte[]> entries = redAndBluePictures(3);
        entries.put("loose.png", png(4, 4, java.awt.Color.GREEN));
        assertThatThrownBy(() -> uploads.previewImages(zip("loose.zip", entries), ImageImportOptions.defaults("L")))
                .hasMessageStartingWith("'loose.png' is not inside a class folder.");
        assertThatThrownBy(() -> uploads.previewImages(zip("ok.zip", redAndBluePictures(3)),
                new ImageImportOptions("Bad", 32, 32, 2, SplitFractions.DEFAULT)))
                .hasMessage("Channels must be 1 (grey) or 3 (colour), not 2.");
    }

    // --- text CSV ------------------------------------------------------------------------------------------------

    @Test
    void aTextCsvBecomesFrontPaddedWordIds() {
        StringBuilder text = new StringBuilder("text,label\n");
        for (int i = 0; i < 40; i++) {
            text.append(i % 2 == 0 ? "\"Great, really great film\",pos\n" : "\"A dull, \"\"boring\"\" film\",neg\n");
        }
        UploadedFile file = csv("reviews.csv", text.toString());
        TextImportOptions options = new TextImportOptions("Reviews", null, 6, 100, SplitFractions.DEFAULT);

        UploadPreview preview = uploads.previewTextCsv(file, options);
        assertThat(preview.firstRows().get(1).get(0)).isEqualTo("A dull, \"boring\" film");
        assertThat(preview.classCounts()).containsExactly(Map.entry("pos", 20), Map.entry("neg", 20));

        DatasetDescriptor imported = uploads.importTextCsv(file, options);
        assertThat(imported.task()).isEqualTo(DatasetTask.SEQUENCE_CLASSIFICATION);
        Vocabulary vocabulary = imported.input().vocabulary();
        assertThat(vocabulary.tokens()).startsWith("<pad>", "<unk>").contains("great", "boring", "film");
        DatasetSplit test = datasets.get(imported.id()).part(DatasetPart.TEST).orElseThrow();
        assertThat(test.features().get(0).shape()).containsExactly(8, 1, 6);
        int[] ids = test.features().get(0).slice(0).toIntMatrix()[0];
        List<String> words = vocabulary.decode(ids);
        assertThat(words.get(0)).isEqualTo("<pad>");
        assertThat(words.get(5)).isEqualTo("film");
    }

    @Test
    void anUnclosedQuoteInATextCsvNamesTheLine() {
        String text = "text,label\n\"fine film\",pos\n\"never closed,neg\n\"ok\",pos\n";
        assertNothingStored(() -> assertThatThrownBy(() ->
                uploads.importTextCsv(csv("quotes.csv", text), TextImportOptions.defaults("Quotes")))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessageStartingWith("The quote opened on line 3 of 'quotes.csv' is never closed on that line"));
    }

    // --- lifecycle -----------------------------------------------------------------------------------------------

    @Test
    void deletingAnUploadRemovesItsRowAndFiles() throws IOException {
        DatasetDescriptor imported = uploads.importCsv(csv("gone.csv", classificationCsv(20)),
                CsvImportOptions.defaults("Gone"));
        long filesBefore = fileCount();

        assertThat(uploads.delete(imported.id())).isTrue();

        assertThat(datasets.list()).extracting(DatasetDescriptor::id).doesNotContain(imported.id());
        assertThatThrownBy(() -> datasets.get(imported.id())).isInstanceOf(UnknownDatasetException.class);
        assertThat(fileCount()).isLessThan(filesBefore);
        assertThat(uploads.delete(imported.id())).isFalse();
        assertThat(uploads.delete("iris")).isFalse();
    }

    private static int firstRowOf(PreparedDataset data, int label) {
        for (int i = 0; i < data.train().numExamples(); i++) {
            if (data.train().getLabels().getDouble(i, label) == 1.0) {
                return i;
            }
        }
        throw new AssertionError("no row of class " + label);
    }

    /** Runs a rejected upload and checks it left no row in H2 and no file in the data directory. */
    private void assertNothingStored(Runnable rejectedUpload) {
        long rowsBefore = rows.count();
        List<Path> filesBefore = files();
        rejectedUpload.run();
        assertThat(rows.count()).isEqualTo(rowsBefore);
        assertThat(files()).isEqualTo(filesBefore);
    }

    private List<Path> files() {
        if (!Files.isDirectory(store.root())) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(store.root())) {
            return paths.sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long fileCount() {
        return files().size();
    }
}
