package vn.cchc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void drawsCountsAndTheCurrentFileThenErasesItself() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        p.start(3);
        p.working("reports/a.txt");
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.startsWith("\r\033[K") && drawn.contains("0/3 files") && drawn.endsWith("reports/a.txt"), drawn);
        p.clear();
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("\r\033[K"));
    }

    @Test
    void aLongNameIsShortenedFromTheLeft() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        p.start(1);
        p.working("x/".repeat(100) + "report.txt");
        String line = bytes.toString(StandardCharsets.UTF_8).substring(4);
        assertTrue(line.length() <= 100 && line.endsWith("report.txt") && line.contains("…"), line);
    }

    @Test
    void aNameWithControlCharactersCannotMoveTheCursorOrBreakTheLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        p.start(1);
        p.working("a\nb\r\u001b[2Jc.txt");
        String line = bytes.toString(StandardCharsets.UTF_8).substring(4);
        assertTrue(line.endsWith("a\\nb\\r\\x1b[2Jc.txt"), line);
        assertTrue(line.chars().noneMatch(c -> c < 0x20), line);
    }

    @Test
    void anErrorStreamThatIsNotTheTerminalGetsNoProgress() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = Progress.forStderr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        p.start(1);
        p.working("a.txt");
        p.done("a.txt");
        p.clear();
        assertEquals(0, bytes.size());
    }
}
