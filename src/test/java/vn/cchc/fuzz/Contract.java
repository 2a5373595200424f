package vn.cchc.fuzz;

import java.util.regex.Pattern;

/**
 * What the fuzz targets hold the tool to, beside "no exception": the words a user is shown when a file fails.
 */
public final class Contract {
    /** A Java class name in a message ("NullPointerException", "POIXMLException", "java.io...") is an internal leak. */
    private static final Pattern INTERNAL = Pattern.compile(
            "\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b|\\b(?:java|javax|org\\.apache|com\\.sun)\\.[a-z]|\\.java:\\d|bugzilla",
            Pattern.CASE_INSENSITIVE);

    private Contract() {
    }

    /** Fails unless {@code reason} is one line a user can read: not blank, no line break, no internal names. */
    public static void oneLineReason(String reason) {
        if (reason == null || reason.isBlank()) throw new AssertionError("a failure without a reason");
        for (int i = 0; i < reason.length(); i++) {
            char c = reason.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                throw new AssertionError("a reason over several lines: " + reason.replaceAll("\\R", "\\\\n"));
            }
        }
        if (INTERNAL.matcher(reason).find()) throw new AssertionError("a reason naming internals: " + reason);
    }
}
