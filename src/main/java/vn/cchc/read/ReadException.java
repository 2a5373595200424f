package vn.cchc.read;

/** A file that cannot be read; the message is the one-line reason shown to the user. */
public class ReadException extends Exception {
    public ReadException(String reason) {
        super(reason);
    }

    public ReadException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
