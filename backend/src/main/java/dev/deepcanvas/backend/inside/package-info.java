/**
 * Inside the model: what every layer of a trained run's model computes for one input the user chooses, read from
 * DL4J's own forward pass, and drawn as pictures where a layer's output is a stack of feature maps.
 */
package dev.deepcanvas.backend.inside;
