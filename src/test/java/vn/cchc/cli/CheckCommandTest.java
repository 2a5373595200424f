package vn.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cchc.cli.ExtractCommandTest.Run;

/** {@code cchc check} and {@code cchc extract --strict}, in-process. */
class CheckCommandTest {
    @TempDir
    Path tmp;

    private Path sample(String name) throws Exception {
        Path target = tmp.resolve(name);
        Files.copy(Path.of(getClass().getResource("/corpus/" + name).toURI()), target);
        return target;
    }

    /** A tiny report whose rate agrees with its terms. */
    private Path consistent() throws Exception {
        Path p = tmp.resolve("ok.txt");
        Files.writeString(p, String.join("\n",
                "UBND HUYỆN QUẢNG ĐIỀN",
                "BÁO CÁO Công tác cải cách hành chính quý I năm 2024",
                "STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu\tGhi chú",
                "III\tTHỦ TỤC HÀNH CHÍNH",
                "3.2.\tTỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn\t%\t99,6\t",
                "3.2.1.\tTổng số hồ sơ TTHC đã giải quyết xong\tHồ sơ\t1353\t",
                "3.2.2.\tSố hồ sơ TTHC giải quyết đúng hạn\tHồ sơ\t1348\t", ""), StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void listsEachProblemWithTheReportRowsAndNumbers() throws Exception {
        Run r = ExtractCommandTest.run("check", sample("004.txt").toString());
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.out().contains("Sở Kế hoạch và Đầu tư"), r.out());
        assertTrue(r.out().contains("2024-Q1"), r.out());
        assertTrue(r.out().contains("4 problem(s)"), r.out());
        assertTrue(r.out().contains("rate_mismatch: TTHC 3.1."), r.out());
        assertTrue(r.out().contains("prints 95,56 %, but 3.1.2. (82) / 3.1.1. (744) × 100 = 11.02 %"), r.out());
        assertTrue(r.out().contains("unit_mismatch: CDDH 4.1."), r.out());
    }

    @Test
    void aConsistentReportExitsZero() throws Exception {
        Run r = ExtractCommandTest.run("check", consistent().toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("ok.txt") && r.out().contains("no problems"), r.out());
    }

    @Test
    void aFailedFileWinsOverProblems() throws Exception {
        Run r = ExtractCommandTest.run("check", sample("004.txt").toString(), tmp.resolve("missing.pdf").toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("missing.pdf: not checked"), r.out());
        assertTrue(r.out().contains("rate_mismatch"), r.out());
    }

    @Test
    void strictExtractExitsThreeOnAFailedCheckAndStillWrites() throws Exception {
        Path report = sample("004.txt");
        Run lenient = ExtractCommandTest.run("extract", "--format", "jsonl", report.toString());
        assertEquals(0, lenient.exit(), lenient.err());
        Run strict = ExtractCommandTest.run("extract", "--strict", "--format", "jsonl", report.toString());
        assertEquals(3, strict.exit(), strict.err());
        assertEquals(lenient.out(), strict.out());
        assertTrue(strict.err().contains("4 consistency problem(s)"), strict.err());
        Run clean = ExtractCommandTest.run("extract", "--strict", consistent().toString());
        assertEquals(0, clean.exit(), clean.err());
        Run failed = ExtractCommandTest.run("extract", "--strict", report.toString(), tmp.resolve("none.txt").toString());
        assertEquals(1, failed.exit(), failed.err());
    }

    @Test
    void jsonListsTheProblemsInTheFileWarningsAndFlagsTheRecords() throws Exception {
        Run r = ExtractCommandTest.run("extract", "--format", "json", sample("004.txt").toString());
        JsonNode file = new ObjectMapper().readTree(r.out()).get("files").get(0);
        String warnings = file.get("warnings").toString();
        assertTrue(warnings.contains("rate_mismatch: THECHE 3.2."), warnings);
        assertTrue(warnings.contains("sum_mismatch: TCC 2.1."), warnings);
        int flagged = 0;
        for (JsonNode rec : file.get("records")) {
            if (rec.get("flags").toString().contains("rate_mismatch")) flagged++;
        }
        assertEquals(6, flagged); // two rates and their terms
        assertFalse(warnings.contains("ambiguous_number"));
    }

    @Test
    void helpListsTheExitCodes() {
        Run check = ExtractCommandTest.run("check", "--help");
        assertTrue(check.out().contains("3") && check.out().contains("some report has a problem"), check.out());
        Run extract = ExtractCommandTest.run("extract", "--help");
        assertTrue(extract.out().contains("--strict") && extract.out().contains("wins over 3"), extract.out());
    }
}
