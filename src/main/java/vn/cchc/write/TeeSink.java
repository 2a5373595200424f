package vn.cchc.write;

import java.io.IOException;
import java.util.List;

import vn.cchc.model.FileResult;
import vn.cchc.model.ResultSink;
import vn.cchc.model.SourceFile;

/** Hands every result to several sinks in turn (the database and a file, for instance), first to last. */
public final class TeeSink implements ResultSink {
    private final List<ResultSink> sinks;

    public TeeSink(List<ResultSink> sinks) {
        this.sinks = List.copyOf(sinks);
    }

    @Override
    public boolean needsSourceFile() {
        return sinks.stream().anyMatch(ResultSink::needsSourceFile);
    }

    @Override
    public void accept(FileResult result) throws IOException {
        accept(result, null);
    }

    @Override
    public void accept(FileResult result, SourceFile source) throws IOException {
        for (ResultSink s : sinks) s.accept(result, source);
    }

    @Override
    public void finish() throws IOException {
        for (ResultSink s : sinks) s.finish();
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (ResultSink s : sinks) {
            try {
                s.close();
            } catch (IOException e) {
                if (first == null) first = e;
            }
        }
        if (first != null) throw first;
    }
}
