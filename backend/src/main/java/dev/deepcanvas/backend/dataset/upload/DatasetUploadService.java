package dev.deepcanvas.backend.dataset.upload;

import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.dataset.UploadRejectedException;
import dev.deepcanvas.backend.dataset.UploadedFile;
import org.springframework.stereotype.Service;

/**
 * Imports the user's own data: a numeric CSV, a zip of class folders of pictures, or a text CSV (text, label). Each
 * kind has a preview (nothing stored) and an import; both check the whole file first and reject it with a message
 * that names the problem, so an import either stores a complete dataset or nothing at all.
 */
@Service
public class DatasetUploadService {

    /** What the user uploaded, as stored with the dataset. */
    public enum SourceKind { CSV, IMAGES, TEXT }

    private final UploadLimits limits;
    private final UploadedDatasetStore store;
    private final DatasetService datasets;

    public DatasetUploadService(UploadLimits limits, UploadedDatasetStore store, DatasetService datasets) {
        this.limits = limits;
        this.store = store;
        this.datasets = datasets;
    }

    public UploadLimits limits() {
        return limits;
    }

    public UploadPreview previewCsv(UploadedFile file, CsvImportOptions options) {
        return TabularImport.of(checked(file), options).preview(file.fileName());
    }

    public DatasetDescriptor importCsv(UploadedFile file, CsvImportOptions options) {
        checkName(options.name());
        PreparedDataset draft = TabularImport.of(checked(file), options).build(options, file.fileName());
        return store.save(draft, SourceKind.CSV.name(), file.fileName());
    }

    public UploadPreview previewImages(UploadedFile file, ImageImportOptions options) {
        return ImageZipImport.of(checked(file), options, limits).preview(file.fileName());
    }

    public DatasetDescriptor importImages(UploadedFile file, ImageImportOptions options) {
        checkName(options.name());
        PreparedDataset draft = ImageZipImport.of(checked(file), options, limits).build(file.fileName());
        return store.save(draft, SourceKind.IMAGES.name(), file.fileName());
    }

    public UploadPreview previewTextCsv(UploadedFile file, TextImportOptions options) {
        return TextCsvImport.of(checked(file), options).preview(file.fileName());
    }

    public DatasetDescriptor importTextCsv(UploadedFile file, TextImportOptions options) {
        checkName(options.name());
        PreparedDataset draft = TextCsvImport.of(checked(file), options).build(file.fileName());
        return store.save(draft, SourceKind.TEXT.name(), file.fileName());
    }

    /** Deletes an uploaded dataset (row and files); built-in datasets cannot be deleted. */
    public boolean delete(String id) {
        datasets.forget(id);
        return store.delete(id);
    }

    /** Uploads that reach a service without passing through {@link UploadedFile#read} still respect the cap. */
    private UploadedFile checked(UploadedFile file) {
        if (file.bytes().length > limits.maxFileBytes()) {
            throw new UploadRejectedException("The file '" + file.fileName() + "' is larger than the "
                    + UploadLimits.describeBytes(limits.maxFileBytes()) + " upload limit. Upload a smaller file.");
        }
        if (file.bytes().length == 0) {
            throw new UploadRejectedException("The file '" + file.fileName() + "' is empty.");
        }
        return file;
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new UploadRejectedException("Give the dataset a name.");
        }
        if (name.length() > 200) {
            throw new UploadRejectedException("The dataset name is " + name.length() + " characters long; keep it "
                    + "under 200.");
        }
    }
}
