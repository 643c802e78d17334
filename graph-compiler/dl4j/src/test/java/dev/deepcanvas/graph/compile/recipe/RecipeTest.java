package dev.deepcanvas.graph.compile.recipe;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecipeTest {

    private static final Recipe<DenseLayer> DENSE = Recipe.of(DenseLayer.Builder::new)
            .with(DenseLayer.Builder::nOut, 7)
            .with(DenseLayer.Builder::activation, Activation.TANH)
            .then(DenseLayer.Builder::build);

    @Test
    void evaluatesTheCallsInOrderIntoAFreshObjectEachTime() {
        DenseLayer layer = DENSE.create();
        assertThat(layer.getNOut()).isEqualTo(7);
        assertThat(layer.getActivationFn()).isEqualTo(Activation.TANH.getActivationFunction());
        assertThat(DENSE.create()).isNotSameAs(layer).isEqualTo(layer);
    }

    @Test
    void eachStepNamesTheConstructorOrMethodItCalls() {
        assertThat(DENSE.steps()).extracting(Step::target).containsExactly(
                new MethodRef(MethodRef.Kind.CONSTRUCTOR, DenseLayer.Builder.class, "<init>", false),
                new MethodRef(MethodRef.Kind.INSTANCE, DENSE.steps().get(1).target().owner(), "nOut", false),
                new MethodRef(MethodRef.Kind.INSTANCE, DENSE.steps().get(2).target().owner(), "activation", false),
                new MethodRef(MethodRef.Kind.INSTANCE, DenseLayer.Builder.class, "build", false));
        assertThat(DENSE.steps().get(1).target().owner()).isAssignableFrom(DenseLayer.Builder.class);
        assertThat(Recipe.of(InputType::feedForward, 4L).steps().get(0).target())
                .isEqualTo(new MethodRef(MethodRef.Kind.STATIC, InputType.class, "feedForward", false));
    }

    @Test
    void knowsVarargsTargetsSoThatTheExporterCanSpreadThem() {
        assertThat(Recipe.of(ConvolutionLayer.Builder::new, new int[] {3, 3}).steps().get(0).target().varArgs())
                .isTrue();
        Ref.Set1<GraphBuilder, String[]> addInputs = GraphBuilder::addInputs;
        assertThat(MethodRef.of(addInputs).varArgs()).isTrue();
    }

    @Test
    void aLambdaEvaluatesButIsRefusedWhenPrinted() {
        Recipe<DenseLayer.Builder> viaLambda = Recipe.of(DenseLayer.Builder::new).with((b, n) -> b.nOut(n), 3);
        assertThat(viaLambda.create().getNOut()).isEqualTo(3);
        assertThatThrownBy(() -> viaLambda.steps().get(1).target())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("plain method reference").hasMessageContaining("lambda$");
    }

    @Test
    void aNamedStepPrintsItsName() {
        Recipe<DenseLayer.Builder> named = Recipe.of(DenseLayer.Builder::new)
                .withNamed("nOut", (b, n) -> b.nOut(n), 5);
        assertThat(named.create().getNOut()).isEqualTo(5);
        assertThat(named.steps().get(1).target().name()).isEqualTo("nOut");
    }

    @Test
    void argumentsAreLiteralsOrRecipesAndArraysAreCopied() {
        assertThatThrownBy(() -> new Arg.Value(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
        int[] kernel = {3, 3};
        Recipe<ConvolutionLayer> conv = Recipe.of(ConvolutionLayer.Builder::new, kernel)
                .then(ConvolutionLayer.Builder::build);
        kernel[0] = 9;
        assertThat(conv.create().getKernelSize()).containsExactly(3, 3);
    }

    @Test
    void recipesAreImmutable() {
        Recipe<DenseLayer.Builder> base = Recipe.of(DenseLayer.Builder::new);
        Recipe<DenseLayer.Builder> longer = base.with(DenseLayer.Builder::nOut, 2);
        assertThat(base.steps()).hasSize(1);
        assertThat(longer.steps()).hasSize(2);
    }
}
