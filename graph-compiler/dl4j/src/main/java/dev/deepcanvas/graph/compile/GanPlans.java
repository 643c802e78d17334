package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.analysis.GanBlocks;

/** The recipes of a GAN's three networks: generator, discriminator, and generator feeding the frozen discriminator. */
public record GanPlans(ConfigurationPlan generator, ConfigurationPlan discriminator, ConfigurationPlan combined,
                       GanBlocks blocks) {
}
