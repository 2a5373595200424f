package vn.cchc.report;

/**
 * A reporting body as read from a report.
 *
 * @param body     "UBND huyện Quảng Điền", "Sở Kế hoạch và Đầu tư"; for an unnamed mention ("UBND huyện báo cáo")
 *                 just "UBND huyện"
 * @param level    its tier
 * @param named    whether the body carries its proper name (an unnamed mention says the level only)
 * @param province for a provincial agency, the province it belongs to ("tỉnh Thừa Thiên Huế"), or null
 */
public record Issuer(String body, Level level, boolean named, String province) {
    /** The readable name: the body, and for a provincial agency its province. */
    public String name() {
        return province == null ? body : body + " " + province;
    }

    public Issuer inProvince(String newProvince) {
        return new Issuer(body, level, named, newProvince);
    }
}
