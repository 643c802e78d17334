package dev.deepcanvas.graph.layers;

/** Palette sections, in the order the editor shows them. */
public enum Category { INPUTS, CORE, CONVOLUTION, RECURRENT, ATTENTION, MERGE, GAN;

    /** The heading shown in the palette ("Inputs", "Core", ...). */
    public String label() {
        String n = name();
        return n.length() <= 3 ? n : n.charAt(0) + n.substring(1).toLowerCase();
    }
}
