package dev.deepcanvas.backend.dataset.builtin;

import java.util.List;

/** The datasets DeepCanvas ships, in the order the picker shows them: real data first, then synthetic. */
public final class BuiltInDatasets {

    private BuiltInDatasets() {
    }

    public static List<BuiltInDataset> all() {
        return List.of(
                new BuiltInDataset(IrisDataset.DESCRIPTOR, IrisDataset::load),
                new BuiltInDataset(MnistDataset.DESCRIPTOR, MnistDataset::load),
                new BuiltInDataset(HousePricesDataset.DESCRIPTOR, HousePricesDataset::load),
                new BuiltInDataset(ShapesDataset.DESCRIPTOR, ShapesDataset::load),
                new BuiltInDataset(ShapeCaptionsDataset.DESCRIPTOR, ShapeCaptionsDataset::load),
                new BuiltInDataset(SentimentDataset.DESCRIPTOR, SentimentDataset::load),
                new BuiltInDataset(CharacterCorpusDataset.DESCRIPTOR, CharacterCorpusDataset::load),
                new BuiltInDataset(TranslationDataset.DESCRIPTOR, TranslationDataset::load));
    }
}
