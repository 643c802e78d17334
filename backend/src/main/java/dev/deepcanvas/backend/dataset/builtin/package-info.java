/**
 * The datasets DeepCanvas ships: Iris and MNIST digits from resources, and the generated ones (house prices,
 * coloured shapes and their captions, sentiment sentences, a character corpus, toy translations).
 * {@link dev.deepcanvas.backend.dataset.builtin.BuiltInDatasets} lists them in the order the picker shows them.
 */
package dev.deepcanvas.backend.dataset.builtin;
