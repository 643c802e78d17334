package dev.deepcanvas.backend.training.run;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MinibatchesTest {

    @Test
    void batchesKeepEveryArrayOfAnExampleTogetherWhateverItsRank() {
        // Example i: an image filled with i, token ids filled with i, a label row of i.
        int n = 10;
        INDArray images = Nd4j.create(n, 3, 4, 5);
        INDArray tokens = Nd4j.create(n, 1, 6);
        INDArray labels = Nd4j.create(n, 2);
        for (int i = 0; i < n; i++) {
            images.slice(i).assign(i);
            tokens.slice(i).assign(i);
            labels.getRow(i).assign(i);
        }
        Minibatches batches = new Minibatches(new MultiDataSet(new INDArray[]{images, tokens},
                new INDArray[]{labels}));
        List<MultiDataSet> epoch = batches.epoch(7, 4);
        assertThat(batches.perEpoch(4)).isEqualTo(3);
        assertThat(epoch).hasSize(3);
        assertThat(epoch.get(2).getFeatures(0).shape()).containsExactly(2, 3, 4, 5);
        Set<Integer> seen = new HashSet<>();
        for (MultiDataSet batch : epoch) {
            for (int row = 0; row < batch.getFeatures(0).size(0); row++) {
                int id = (int) batch.getFeatures(0).slice(row).getDouble(0);
                assertThat(batch.getFeatures(0).slice(row).maxNumber().intValue()).isEqualTo(id);
                assertThat(batch.getFeatures(0).slice(row).minNumber().intValue()).isEqualTo(id);
                assertThat(batch.getFeatures(1).slice(row).meanNumber().intValue()).isEqualTo(id);
                assertThat(batch.getLabels(0).getRow(row).meanNumber().intValue()).isEqualTo(id);
                seen.add(id);
            }
        }
        assertThat(seen).hasSize(n);
        // The same seed gives the same order (a resumed run sees what an uninterrupted one saw); the shared
        // arrays themselves are never reordered.
        assertThat(batches.epoch(7, 4).get(0).getLabels(0)).isEqualTo(epoch.get(0).getLabels(0));
        assertThat(batches.epoch(8, 4).get(0).getLabels(0)).isNotEqualTo(epoch.get(0).getLabels(0));
        assertThat(labels.getDouble(3, 0)).isEqualTo(3.0);
    }
}
