package dev.deepcanvas.backend.dataset.upload;

import dev.deepcanvas.backend.account.CurrentUser;
import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deepcanvas.backend.storage.DataDirectory;
import dev.deepcanvas.db.dataset.UploadedDatasetEntity;
import dev.deepcanvas.db.dataset.UploadedDatasetRepository;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Keeps uploaded datasets: their prepared arrays as files under {@code datasets/} in the shared folder and a row in
 * H2 that lists them. Files are written to a hidden folder and moved into place before the row is stored, and are
 * removed again if storing the row fails, so there is never a row without files nor files without a row.
 */
@Component
public class UploadedDatasetStore {

    public static final String ID_PREFIX = "upload-";
    private static final String MANIFEST = "manifest.json";

    private final DataDirectory dataDirectory;
    private final UploadedDatasetRepository repository;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final CurrentUser currentUser;

    public UploadedDatasetStore(DataDirectory dataDirectory, UploadedDatasetRepository repository,
                                TransactionTemplate tx, Clock clock, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.dataDirectory = dataDirectory;
        this.repository = repository;
        this.tx = tx;
        this.clock = clock;
    }

    /** Where uploaded datasets live. */
    public Path root() {
        return dataDirectory.datasets();
    }

    /** Stores a prepared upload; returns its description with its new id. */
    DatasetDescriptor save(PreparedDataset draft, String sourceKind, String originalFile) {
        String folder = UUID.randomUUID().toString();
        Path incoming = root().resolve(".incoming-" + folder);
        Path target = root().resolve(folder);
        try {
            Files.createDirectories(incoming);
            writeFiles(draft, incoming);
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            DatasetDescriptor d = draft.descriptor();
            long owner = currentUser.require();
            UploadedDatasetEntity row = tx.execute(s -> {
                UploadedDatasetEntity entity = new UploadedDatasetEntity(d.title(), sourceKind, d.task().name(),
                        abbreviate(originalFile, 500), folder, d.counts().total(), d.classCount(),
                        abbreviate(d.description(), 4000), clock.instant());
                entity.assignOwner(owner);
                return repository.save(entity);
            });
            return d.withId(ID_PREFIX + row.getId());
        } catch (IOException e) {
            deleteQuietly(incoming);
            deleteQuietly(target);
            throw new UncheckedIOException("Could not store the dataset in " + root(), e);
        } catch (RuntimeException e) {
            deleteQuietly(incoming);
            deleteQuietly(target);
            throw e;
        }
    }

    /** The caller's uploads, newest first; none for a caller who is not signed in. */
    public List<DatasetDescriptor> list() {
        Optional<Long> caller = currentUser.id();
        if (caller.isEmpty()) {
            return List.of();
        }
        List<UploadedDatasetEntity> rows = tx.execute(s -> repository.findByOwnerIdOrderByCreatedAtDesc(caller.get()));
        return rows.stream().map(this::describe).flatMap(Optional::stream).toList();
    }

    public Optional<DatasetDescriptor> describe(String id) {
        return entity(id).filter(this::visible).flatMap(this::describe);
    }

    /**
     * Loads an upload's arrays. A signed-in caller only gets their own; training threads (no caller) load what
     * the run, already authorised when it started, asks for.
     */
    public Optional<PreparedDataset> load(String id) {
        return entity(id).filter(this::visible).flatMap(row -> describe(row).map(d -> {
            Path dir = root().resolve(row.getStorageDir());
            return new PreparedDataset(d, readPart(dir, "train"),
                    d.counts().validation() > 0 ? readPart(dir, "validation") : null, readPart(dir, "test"));
        }));
    }

    /**
     * The name {@code owner} gave their upload, whoever asks: for a run its owner shares, whose dataset the viewer
     * cannot open but may know by name.
     */
    public Optional<String> titleOf(String id, Long owner) {
        return entity(id).filter(row -> java.util.Objects.equals(row.getOwnerId(), owner))
                .map(UploadedDatasetEntity::getName);
    }

    /** Removes the row and then the files of an upload; false when there is no such upload. */
    public boolean delete(String id) {
        currentUser.require();
        Optional<UploadedDatasetEntity> row = entity(id).filter(this::visible);
        if (row.isEmpty()) {
            return false;
        }
        tx.executeWithoutResult(s -> repository.deleteById(row.get().getId()));
        deleteQuietly(root().resolve(row.get().getStorageDir()));
        return true;
    }

    /** Uploads belong to whoever made them; one from before accounts existed is readable by all. */
    private boolean visible(UploadedDatasetEntity row) {
        return currentUser.id().map(caller -> row.getOwnerId() == null || caller.equals(row.getOwnerId()))
                .orElse(true);
    }

    static boolean isUploadId(String id) {
        return id != null && id.startsWith(ID_PREFIX);
    }

    private Optional<UploadedDatasetEntity> entity(String id) {
        if (!isUploadId(id)) {
            return Optional.empty();
        }
        long key;
        try {
            key = Long.parseLong(id.substring(ID_PREFIX.length()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return tx.execute(s -> repository.findById(key));
    }

    private Optional<DatasetDescriptor> describe(UploadedDatasetEntity row) {
        Path manifest = root().resolve(row.getStorageDir()).resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(manifest.toFile(), DatasetManifest.class)
                    .toDescriptor(ID_PREFIX + row.getId()));
        } catch (IOException e) {
            throw new UncheckedIOException("The description of dataset " + row.getName() + " is unreadable", e);
        }
    }

    private void writeFiles(PreparedDataset draft, Path dir) throws IOException {
        json.writeValue(dir.resolve(MANIFEST).toFile(), DatasetManifest.of(draft.descriptor()));
        writePart(draft.part(DatasetPart.TRAIN).orElseThrow(), dir, "train");
        Optional<DatasetSplit> validation = draft.part(DatasetPart.VALIDATION);
        if (validation.isPresent()) {
            writePart(validation.get(), dir, "validation");
        }
        writePart(draft.part(DatasetPart.TEST).orElseThrow(), dir, "test");
    }

    private void writePart(DatasetSplit split, Path dir, String name) throws IOException {
        Nd4j.saveBinary(split.features().get(0), dir.resolve(name + "-features.bin").toFile());
        Nd4j.saveBinary(split.labels().get(0), dir.resolve(name + "-labels.bin").toFile());
        json.writeValue(dir.resolve(name + "-texts.json").toFile(), split.texts());
    }

    private DatasetSplit readPart(Path dir, String name) {
        try {
            INDArray features = Nd4j.readBinary(dir.resolve(name + "-features.bin").toFile());
            INDArray labels = Nd4j.readBinary(dir.resolve(name + "-labels.bin").toFile());
            List<String> texts = json.readValue(dir.resolve(name + "-texts.json").toFile(),
                    new TypeReference<List<String>>() {
                    });
            return DatasetSplit.of(features, labels, texts);
        } catch (IOException e) {
            throw new UncheckedIOException("The files of an uploaded dataset in " + dir + " are unreadable", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: a leftover hidden .incoming folder is never listed.
        }
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
