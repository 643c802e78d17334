package dev.deepcanvas.graph.layers;

/** How a parameter is edited and validated; the property form picks its widget from this. */
public enum ParamKind { INT, DOUBLE, ENUM, BOOLEAN, INT_LIST }
