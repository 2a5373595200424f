package vn.cchc.vocabulary;

import java.util.List;

/** A table row as header recognition sees it: its cells in grid order (the read model's rows are ones). */
public interface GridRow {
    List<? extends GridCell> cells();
}
