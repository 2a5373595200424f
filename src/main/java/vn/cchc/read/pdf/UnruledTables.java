package vn.cchc.read.pdf;

import java.util.List;

/** Tables drawn without lines: columns from alignment. (Placeholder until implemented.) */
final class UnruledTables {
    List<PageTable> find(List<TextLine> lines, PageContent page, List<TextLine> rest) {
        rest.addAll(lines);
        return List.of();
    }
}
