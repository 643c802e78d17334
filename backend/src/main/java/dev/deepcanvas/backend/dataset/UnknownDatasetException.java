package dev.deepcanvas.backend.dataset;

public class UnknownDatasetException extends RuntimeException {

    public UnknownDatasetException(String id) {
        super("There is no dataset called '" + id + "'.");
    }
}
