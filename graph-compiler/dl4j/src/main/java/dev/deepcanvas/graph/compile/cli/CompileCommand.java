package dev.deepcanvas.graph.compile.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.cli.GraphCommand;
import dev.deepcanvas.graph.compile.CompiledGan;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.compile.InvalidGraphException;
import dev.deepcanvas.graph.document.GraphDocument;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** {@code compile}: the DL4J configuration as JSON; a GAN gives its three networks and the parameter-copy plan. */
final class CompileCommand implements GraphCommand {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String name() {
        return "compile";
    }

    @Override
    public String help() {
        return "the DL4J ComputationGraphConfiguration as JSON (a GAN gives three)";
    }

    @Override
    public List<Problem> run(GraphDocument doc, Map<String, String> options, PrintStream out) throws IOException {
        GraphCompiler compiler = new GraphCompiler();
        try {
            if (GanBlocks.isGan(doc)) {
                out.println(JSON.writeValueAsString(gan(compiler.compileGan(doc))));
            } else {
                out.println(compiler.compile(doc).configuration().toJson());
            }
        } catch (InvalidGraphException e) {
            return e.problems();
        }
        return List.of();
    }

    private static ObjectNode gan(CompiledGan gan) throws IOException {
        ObjectNode all = JSON.createObjectNode();
        all.set("generator", JSON.readTree(gan.generator().configuration().toJson()));
        all.set("discriminator", JSON.readTree(gan.discriminator().configuration().toJson()));
        all.set("combined", JSON.readTree(gan.combined().configuration().toJson()));
        ArrayNode plan = all.putArray("copyPlan");
        gan.copyPlan().forEach(c -> plan.addObject().put("from", c.from().name()).put("to", c.to().name())
                .put("vertex", c.vertex()));
        return all;
    }
}
