package vn.cchc.catalogue;

/** A catalogue file that cannot be used: unreadable, a bad field, a code referring to no indicator. */
public final class CatalogueException extends Exception {
    private static final long serialVersionUID = 1L;

    public CatalogueException(String message) {
        super(message);
    }

    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
