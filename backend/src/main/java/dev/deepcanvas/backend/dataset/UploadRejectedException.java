package dev.deepcanvas.backend.dataset;

/**
 * An upload DeepCanvas will not import, with a message for the user that names what is wrong and what to do
 * ("Line 7 has 4 values but the header has 5 columns."). Nothing of the upload is kept when this is thrown.
 */
public class UploadRejectedException extends RuntimeException {

    public UploadRejectedException(String message) {
        super(message);
    }
}
