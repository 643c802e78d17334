package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.layers.LayerCatalog;
import dev.deepcanvas.graph.layers.LayerType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every layer type of the core vocabulary has exactly one DL4J mapping, and every mapping maps a catalog type. */
class LayerMappingsTest {

    @Test
    void everyCatalogTypeHasAMapping() {
        List<String> missing = LayerCatalog.types().stream().filter(t -> LayerMappings.find(t).isEmpty())
                .map(LayerType::type).toList();
        assertThat(missing).as("layer types without a DL4J mapping: add one to LayerMappings").isEmpty();
    }

    @Test
    void everyMappingMapsACatalogTypeInPaletteOrder() {
        List<Class<?>> catalog = LayerCatalog.types().stream().<Class<?>>map(LayerType::getClass).toList();
        List<Class<?>> mapped = LayerMappings.all().stream().<Class<?>>map(LayerMapping::layerType).toList();
        assertThat(mapped).containsExactlyElementsOf(catalog);
    }
}
