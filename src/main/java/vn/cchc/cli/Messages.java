package vn.cchc.cli;

import vn.cchc.text.Printable;

/** Message text for standard error. */
final class Messages {
    private Messages() {
    }

    /** One line: a message with line breaks would split across stderr lines and break line-based log readers. */
    static String oneLine(String s) {
        return s == null ? "" : Printable.escape(s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
    }
}
