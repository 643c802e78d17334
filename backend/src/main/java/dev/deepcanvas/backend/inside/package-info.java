/**
 * Inside the model: what every layer of a trained run's model computes for one input the user chooses, read from
 * DL4J's own forward pass, and drawn as pictures where a layer's output is a stack of feature maps. What DL4J keeps
 * to itself (attention weights, LSTM gates) is recomputed from the trained parameters and shown only where the
 * recomputation reproduces DL4J's own output.
 */
package dev.deepcanvas.backend.inside;
