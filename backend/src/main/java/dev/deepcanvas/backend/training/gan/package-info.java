/**
 * GANs: the planner that compiles and checks a GAN against its pictures, the alternating training of generator and
 * discriminator, the sample grids drawn after each epoch and a trained generator to draw from.
 */
package dev.deepcanvas.backend.training.gan;
