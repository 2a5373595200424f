package vn.cchc.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;

/** Entry point; the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // standard output as a plain file stream: System.out is a PrintStream, which would hide a failed write
        System.exit(Cli.run(args, System.in, new FileOutputStream(FileDescriptor.out), System.err, Terminal.stdin()));
    }
}
