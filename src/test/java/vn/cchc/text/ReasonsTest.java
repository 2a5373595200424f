package vn.cchc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.EOFException;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.IOUtils;
import org.apache.poi.util.RecordFormatException;
import org.junit.jupiter.api.Test;

class ReasonsTest {
    /** What no message may contain: a Java class name, a package path, a library's advice to its developers. */
    static final Pattern INTERNAL = Pattern.compile("[A-Z][A-Za-z]*(Exception|Error)\\b|\\b(java|org|com)\\.[a-z]|bugzilla"
            + "|please (open|raise)|IOUtils|setByteArrayMaxOverride");

    @Test
    void aMessageOnSeveralLinesBecomesOne() {
        assertEquals("bad token at line 3 near <w:p>", Reasons.oneLine(new IOException("bad token\n at line 3\t near <w:p>  ")));
    }

    @Test
    void aThrowableWithoutMessageIsNotNamedByItsTypeButByWhatItMeansForTheFile() {
        assertEquals("damaged internal structure", Reasons.oneLine(new NullPointerException()));
        assertEquals("damaged internal structure", Reasons.oneLine(new POIXMLException()));
        // the JDK's helpful message is about code, not about the file
        NullPointerException npe = null;
        try {
            Object o = null;
            o.hashCode();
        } catch (NullPointerException e) {
            npe = e;
        }
        assertEquals("damaged internal structure", Reasons.oneLine(new IOException(npe)));
        assertEquals("damaged internal structure", Reasons.oneLine(new ArrayIndexOutOfBoundsException(7)));
    }

    @Test
    void wrappersGiveWayToTheCauseThatSaysSomething() {
        Exception poi = new POIXMLException(new InvalidFormatException("Failed to parse relationships",
                new org.xml.sax.SAXParseException("The markup in the document preceding the root element must be well-formed.", null)));
        assertEquals("The markup in the document preceding the root element must be well-formed.", Reasons.oneLine(poi));
        assertEquals("OOXML file structure broken/invalid", Reasons.oneLine(new POIXMLException("OOXML file structure broken/invalid",
                new NullPointerException())));
    }

    @Test
    void classNamesRuleCodesAndXmlBeansPrefixesAreTakenOut() {
        assertEquals("Premature end of file.", Reasons.oneLine(new IOException("org.apache.xmlbeans.XmlException: error: Premature end of file.")));
        assertEquals("The part /docProps/thumbnail.jpeg does not have any content type", Reasons.oneLine(new InvalidFormatException(
                "The part /docProps/thumbnail.jpeg does not have any content type ! Rule: Package require content types when "
                        + "retrieving a part from a package. [M.1.14]")));
        // a file name that looks like a class is not one
        assertEquals("cannot open bao.Cao-Q1.pdf", Reasons.oneLine(new IOException("cannot open bao.Cao-Q1.pdf")));
    }

    @Test
    void poisAdviceToItsDevelopersIsNotPassedOn() {
        RecordFormatException real = null;
        try {
            IOUtils.safelyAllocate(2_000_000_000L, 100_000);
        } catch (RecordFormatException e) {
            real = e;
        }
        String r = Reasons.oneLine(real);
        assertEquals("a record of 2,000,000,000 bytes is longer than the 100,000 bytes the reader allows (a damaged file)",
                r.replace('\u00a0', ','));
        String other = Reasons.oneLine(new IllegalStateException("Rule M2.4 exception : this error should NEVER happen!\n"
                + "If you can provide the triggering file, then please raise a bug at https://bz.apache.org/bugzilla/enter_bug.cgi"));
        assertFalse(INTERNAL.matcher(other).find(), other);
    }

    @Test
    void causesWithAPlainMeaningWin() {
        assertEquals("truncated: the file is cut short", Reasons.oneLine(new IOException("read failed", new EOFException())));
        assertEquals("truncated: the file is cut short", Reasons.oneLine(new IOException("Truncated ZIP file")));
        assertEquals("damaged compressed data", Reasons.oneLine(new ZipException("invalid distance too far back")));
        assertEquals("unknown character encoding \"UTH-8\"", Reasons.oneLine(new POIXMLException(new UnsupportedEncodingException("UTH-8"))));
    }

    @Test
    void briefCutsALongMessageAndSaysSo() {
        String r = Reasons.brief(new IllegalStateException("x".repeat(500)));
        assertEquals(Reasons.BRIEF_MAX, r.length());
        assertEquals("...", r.substring(r.length() - 3));
        assertEquals("short", Reasons.brief(new IllegalStateException("short")));
    }
}
