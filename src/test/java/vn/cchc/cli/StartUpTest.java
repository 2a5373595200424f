package vn.cchc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.cli.DeliveryTest.Run;
import vn.cchc.pipeline.ExitCodes;

/**
 * What start-up cuts must not change: a run builds only the subcommand it names, yet help, mistakes and nested
 * commands behave as with all of them; the launchers' short-run test picks the quick compiler only for a few small
 * files named one by one.
 */
class StartUpTest {
    @TempDir
    Path tmp;

    @Test
    void oneSubcommandBuiltYetHelpAndMistakesSeeThemAll() {
        Run help = DeliveryTest.run("--help");
        assertEquals(0, help.exit(), help.err());
        for (String command : List.of("extract", "check", "summary", "catalogue")) {
            assertTrue(help.out().contains("  " + command + " "), command + " listed: " + help.out());
        }
        Run typo = DeliveryTest.run("extrct", "samples/004.txt");
        assertEquals(ExitCodes.USAGE, typo.exit());
        assertTrue(typo.err().startsWith("cchc: Unmatched arguments") || typo.err().contains("extrct"), typo.err());
        Run extractHelp = DeliveryTest.run("extract", "--help");
        assertEquals(0, extractHelp.exit());
        assertTrue(extractHelp.out().startsWith("Usage: cchc extract "), extractHelp.out());
        Run suggestHelp = DeliveryTest.run("catalogue", "suggest", "--help");
        assertEquals(0, suggestHelp.exit());
        assertTrue(suggestHelp.out().startsWith("Usage: cchc catalogue suggest "), suggestHelp.out());
        assertEquals(CchcCommand.SUBCOMMANDS.keySet(), new picocli.CommandLine(new AllCommands()).getSubcommands().keySet(), "the two lists agree");
    }

    /** The launchers' test, run by bash as they run it. */
    private static String jitOptions(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", ". src/dist/lib/jvm-options.sh; cchc_jit_options \"$@\"", "x"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void theQuickCompilerOnlyForAFewSmallFilesNamedOneByOne() throws Exception {
        String quick = "-XX:TieredStopAtLevel=1";
        assertEquals(quick, jitOptions("extract", "-q", "samples/004.txt"));
        assertEquals(quick, jitOptions("extract", "-o", "out.csv", "samples/004.txt", "samples/000.pdf"));
        assertEquals(quick, jitOptions("check", "-"));
        assertEquals(quick, jitOptions("catalogue"));
        assertEquals("", jitOptions("extract", "samples"), "a folder is a batch");
        assertEquals("", jitOptions("extract", "samples/*.txt"), "so is a glob cchc expands");
        assertEquals("", jitOptions("extract", "--files-from", "-", "-0"), "and a list");
        Path big = Files.write(tmp.resolve("big.txt"), new byte[5 * 1024 * 1024]);
        assertEquals("", jitOptions("extract", big.toString()), "and a large file");
        Path scan = Files.write(tmp.resolve("scan.PDF"), new byte[6 * 1024 * 1024]);
        assertEquals(quick, jitOptions("extract", scan.toString()), "a scan's bytes are its page images: a few pages");
        Path longScan = Files.write(tmp.resolve("long.tif"), new byte[33 * 1024 * 1024]);
        assertEquals("", jitOptions("extract", longScan.toString()), "but a hundred pages of them are a batch's work");
        List<String> five = new ArrayList<>(List.of("extract"));
        for (int i = 0; i < 5; i++) five.add(Files.writeString(tmp.resolve(i + ".txt"), "x").toString());
        assertEquals("", jitOptions(five.toArray(String[]::new)), "and more than four files");
    }
}
