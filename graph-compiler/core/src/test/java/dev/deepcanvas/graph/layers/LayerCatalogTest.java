package dev.deepcanvas.graph.layers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LayerCatalogTest {

    @Test
    void metadataIsJsonForThePalette() throws Exception {
        JsonNode json = new ObjectMapper().readTree(LayerCatalog.toJson());
        assertThat(json.isArray()).isTrue();
        assertThat(json.size()).isEqualTo(LayerCatalog.all().size());
        JsonNode dense = null;
        for (JsonNode n : json) {
            if (n.get("type").asText().equals("Dense")) {
                dense = n;
            }
        }
        assertThat(dense).isNotNull();
        assertThat(dense.get("category").asText()).isEqualTo("CORE");
        assertThat(dense.get("categoryLabel").asText()).isEqualTo("Core");
        assertThat(dense.get("summary").asText()).isNotBlank();
        assertThat(dense.get("minInputs").asInt()).isEqualTo(1);
        assertThat(dense.get("params").get(0).get("name").asText()).isEqualTo("units");
        assertThat(dense.get("params").get(0).get("kind").asText()).isEqualTo("INT");
        assertThat(dense.get("params").get(0).get("defaultValue").asInt()).isEqualTo(16);
        assertThat(dense.get("params").get(1).get("options")).isNotEmpty();
        assertThat(dense.get("portLabels")).isEmpty();
        JsonNode attention = null;
        for (JsonNode n : json) {
            if (n.get("type").asText().equals("Attention")) {
                attention = n;
            }
        }
        assertThat(attention.get("portLabels").get(0).asText()).isEqualTo("queries");
        assertThat(attention.get("maxInputs").asInt()).isEqualTo(3);
    }

    @Test
    void portLabelsFitTheArity() {
        for (LayerType t : LayerCatalog.types()) {
            assertThat(t.portLabels().size()).as(t.type()).isLessThanOrEqualTo(t.arity().max());
        }
    }

    @Test
    void everyTypeIsFullyDescribed() {
        for (LayerType t : LayerCatalog.types()) {
            assertThat(t.type()).isNotBlank();
            assertThat(t.summary()).as(t.type()).isNotBlank();
            assertThat(t.arity().min()).as(t.type()).isLessThanOrEqualTo(t.arity().max());
            for (ParamSpec p : t.params()) {
                assertThat(p.help()).as(t.type() + "." + p.name()).isNotBlank();
                // Every default must pass the layer's own validation.
                assertThat(ParamResolver.resolve(t.type(), t.params(), java.util.Map.of()).problems())
                        .as(t.type()).isEmpty();
            }
            assertThat(LayerCatalog.find(t.type())).contains(t);
        }
    }

    @Test
    void suggestsCloseNames() {
        assertThat(LayerCatalog.suggest("dense")).contains("Dense");
        assertThat(LayerCatalog.suggest("Outptu")).contains("Output");
        assertThat(LayerCatalog.suggest("Transformer")).isEmpty();
    }
}
