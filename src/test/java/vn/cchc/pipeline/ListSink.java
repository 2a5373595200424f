package vn.cchc.pipeline;

import java.util.ArrayList;
import java.util.List;

import vn.cchc.model.FileResult;
import vn.cchc.model.ResultSink;

/** Collects results in the order the sink sees them (tests of the batch). */
final class ListSink implements ResultSink {
    final List<FileResult> results = new ArrayList<>();

    @Override
    public void accept(FileResult result) {
        results.add(result);
    }

    @Override
    public void finish() {
    }

    @Override
    public void close() {
    }
}
