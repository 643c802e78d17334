package dev.deepcanvas.templates;

/** The four families of deep learning the gallery is organised by. */
public enum Family {
    MLP("Vanilla MLP"),
    CNN("Convolutional"),
    RNN("Recurrent"),
    GAN("Generative adversarial");

    private final String title;

    Family(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
