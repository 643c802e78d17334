package dev.deepcanvas.graph.layers;

/** Where a node sits in the network: a source of data, an ordinary layer/vertex, or a loss-carrying output. */
public enum Role { INPUT, HIDDEN, OUTPUT }
