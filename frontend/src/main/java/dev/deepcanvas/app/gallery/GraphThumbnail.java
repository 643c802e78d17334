package dev.deepcanvas.app.gallery;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphEdge;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.layers.Category;
import dev.deepcanvas.graph.layers.LayerCatalog;
import dev.deepcanvas.graph.layers.LayerType;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A small picture of a graph for the gallery cards: a box per layer in its family's colour, a line per edge,
 * laid out as on the canvas. Drawn on the server as SVG, so a page of cards needs no canvas per card.
 */
final class GraphThumbnail {

    static final int WIDTH = 320;
    static final int HEIGHT = 120;
    private static final double NODE_W = 210;
    private static final double NODE_H = 90;
    private static final double PAD = 8;

    private GraphThumbnail() {
    }

    /** A data URI for an img element. */
    static String dataUri(GraphDocument doc) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg(doc).getBytes(StandardCharsets.UTF_8));
    }

    static String svg(GraphDocument doc) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (GraphNode n : doc.nodes()) {
            minX = Math.min(minX, n.position().x());
            minY = Math.min(minY, n.position().y());
            maxX = Math.max(maxX, n.position().x() + NODE_W);
            maxY = Math.max(maxY, n.position().y() + NODE_H);
        }
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns='http://www.w3.org/2000/svg' width='").append(WIDTH).append("' height='").append(HEIGHT)
                .append("' viewBox='0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("'>")
                .append("<rect width='100%' height='100%' fill='#f7f8fb'/>");
        if (doc.nodes().isEmpty()) {
            return out.append("</svg>").toString();
        }
        double scale = Math.min((WIDTH - 2 * PAD) / (maxX - minX), (HEIGHT - 2 * PAD) / (maxY - minY));
        double offsetX = (WIDTH - (maxX - minX) * scale) / 2;
        double offsetY = (HEIGHT - (maxY - minY) * scale) / 2;
        Map<String, double[]> centres = new HashMap<>();
        for (GraphNode n : doc.nodes()) {
            double x = offsetX + (n.position().x() - minX) * scale;
            double y = offsetY + (n.position().y() - minY) * scale;
            centres.put(n.id(), new double[]{x, y});
        }
        for (GraphEdge e : doc.edges()) {
            double[] a = centres.get(e.source());
            double[] b = centres.get(e.target());
            if (a != null && b != null) {
                out.append(String.format(Locale.ROOT,
                        "<line x1='%.1f' y1='%.1f' x2='%.1f' y2='%.1f' stroke='#94a3b8' stroke-width='1.2'/>",
                        a[0] + NODE_W * scale, a[1] + NODE_H * scale / 2, b[0], b[1] + NODE_H * scale / 2));
            }
        }
        for (GraphNode n : doc.nodes()) {
            double[] p = centres.get(n.id());
            out.append(String.format(Locale.ROOT,
                    "<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' rx='%.1f' fill='#ffffff' stroke='%s' stroke-width='1.5'/>",
                    p[0], p[1], NODE_W * scale, NODE_H * scale, 8 * scale, colour(n.type())));
        }
        return out.append("</svg>").toString();
    }

    private static String colour(String type) {
        Category category = LayerCatalog.find(type).map(LayerType::category).orElse(null);
        if (category == null) {
            return "#64748b";
        }
        return switch (category) {
            case INPUTS -> "#0ea5e9";
            case CORE -> "#6366f1";
            case CONVOLUTION -> "#10b981";
            case RECURRENT -> "#f59e0b";
            case ATTENTION -> "#ec4899";
            case MERGE -> "#8b5cf6";
            case GAN -> "#ef4444";
        };
    }
}
