/**
 * Reading raw data into arrays: CSV files (delimiters, quotes, header detection, numbers), and the encodings shared
 * by built-in sets and uploads (one-hot rows and sequences, token ids, a vocabulary and the text encoder that
 * turns typed words into a model's input).
 */
package dev.deepcanvas.backend.dataset.parsing;
