package vn.cchc.report;

/** The tier of government a reporting body belongs to, as written in the {@code level} field. */
public enum Level {
    /** A province or a centrally-run city. */
    TINH("tinh"),
    /** A department or agency of a province (Sở, Ban, Văn phòng, Thanh tra). */
    SO("so"),
    /** A district, town or city under a province. */
    HUYEN("huyen"),
    /** A commune, ward or township. */
    XA("xa");

    private final String code;

    Level(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
