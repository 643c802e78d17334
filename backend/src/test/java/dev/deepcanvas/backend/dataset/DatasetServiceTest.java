package dev.deepcanvas.backend.dataset;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetServiceTest {

    private final DatasetService service = new DatasetService();

    @Test
    void listsEveryBuiltInDatasetWithoutLoadingIt() {
        assertThat(service.list()).extracting(DatasetDescriptor::id).containsExactly("iris", "mnist", "house-prices",
                "shapes", "shape-captions", "sentiment", "characters", "translation");
        assertThat(service.list()).filteredOn(DatasetDescriptor::synthetic).extracting(DatasetDescriptor::id)
                .containsExactly("house-prices", "shapes", "shape-captions", "sentiment", "characters",
                        "translation");
        assertThat(service.list()).allSatisfy(d -> assertThat(d.description()).hasSizeGreaterThan(100));
    }

    @Test
    void everyDatasetDeliversTheArraysItsDescriptorDeclares() {
        for (DatasetDescriptor declared : service.list()) {
            PreparedDataset data = service.get(declared.id());
            assertThat(data.descriptor().counts()).as(declared.id()).isEqualTo(declared.counts());
            for (DatasetPart part : DatasetPart.values()) {
                DatasetSplit split = data.part(part).orElse(null);
                if (split == null) {
                    assertThat(declared.counts().validation()).isZero();
                    continue;
                }
                for (int i = 0; i < declared.inputs().size(); i++) {
                    INDArray x = split.features().get(i);
                    assertThat(x.shape()).as(declared.id() + " input " + i)
                            .containsExactly(declared.inputs().get(i).arrayShape(split.size()));
                }
                for (int i = 0; i < declared.outputs().size(); i++) {
                    assertThat(split.labels().get(i).shape()).as(declared.id() + " output " + i)
                            .containsExactly(declared.outputs().get(i).arrayShape(split.size()));
                }
            }
        }
    }

    @Test
    void preparesEachDatasetOnceAndSharesIt() {
        assertThat(service.get("iris")).isSameAs(service.get("iris"));
    }

    @Test
    void anUnknownIdNamesTheDataset() {
        assertThatThrownBy(() -> service.get("cifar")).isInstanceOf(UnknownDatasetException.class)
                .hasMessageContaining("'cifar'");
        assertThatThrownBy(() -> service.describe("cifar")).isInstanceOf(UnknownDatasetException.class);
    }
}
