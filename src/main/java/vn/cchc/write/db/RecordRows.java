package vn.cchc.write.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import vn.cchc.check.Problem;
import vn.cchc.model.StatRecord;
import vn.cchc.vocabulary.Flag;
import vn.cchc.write.Values;

/**
 * A report's records and problems as rows of {@code record} and {@code problem}, inside the report's transaction
 * ({@link Warehouse}). Every field of the JSON Lines record is a column: the report's metadata is in {@code report},
 * {@code values} is {@code values_json} (the same JSON object; jsonb in PostgreSQL, text in SQLite).
 */
final class RecordRows {
    private static final String INSERT_RECORD = "INSERT INTO record (report_id, record_index, table_index, row_index,"
            + " page, section, stt, label, unit, value_raw, value, prev_value, values_json, note, indicator,"
            + " indicator_name, match_score, row_key, flags, duplicate_of, ocr_confidence)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s, ?, ?, ?, ?, ?, ?, ?, ?)";

    private RecordRows() {
    }

    static void insertRecords(Connection c, Dialect dialect, String id, List<StatRecord> records) throws SQLException {
        if (records.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement(String.format(INSERT_RECORD, dialect.jsonParameter()))) {
            for (int n = 0; n < records.size(); n++) {
                StatRecord r = records.get(n);
                int i = 0;
                ps.setString(++i, id);
                ps.setInt(++i, n);
                setInt(ps, ++i, r.table());
                setInt(ps, ++i, r.row());
                setInt(ps, ++i, r.page());
                ps.setString(++i, r.section());
                ps.setString(++i, r.stt());
                ps.setString(++i, r.label());
                ps.setString(++i, r.unit());
                ps.setString(++i, r.valueRaw());
                dialect.bindValue(ps, ++i, r.value());
                dialect.bindValue(ps, ++i, r.prevValue());
                ps.setString(++i, Values.valuesJson(r));
                ps.setString(++i, r.note());
                ps.setString(++i, r.indicator());
                ps.setString(++i, r.indicatorName());
                setDouble(ps, ++i, r.matchScore());
                ps.setString(++i, r.rowKey());
                ps.setString(++i, joined(codes(r.flags()), ";"));
                ps.setString(++i, r.duplicateOf());
                setDouble(ps, ++i, r.ocrConfidence());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void insertProblems(Connection c, String id, List<Problem> problems) throws SQLException {
        if (problems.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO problem (report_id, problem_index, flag, records, message) VALUES (?, ?, ?, ?, ?)")) {
            for (int n = 0; n < problems.size(); n++) {
                Problem p = problems.get(n);
                ps.setString(1, id);
                ps.setInt(2, n);
                ps.setString(3, p.flag().code());
                ps.setString(4, String.join(",", p.rows().stream().map(String::valueOf).toList()));
                ps.setString(5, p.message());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) ps.setNull(i, Types.INTEGER);
        else ps.setInt(i, v);
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) ps.setNull(i, Types.DOUBLE);
        else ps.setDouble(i, v);
    }

    /** Flags as the CSV writes them: their codes, in the order they were raised. */
    static List<String> codes(List<Flag> flags) {
        return flags.stream().map(Flag::code).toList();
    }

    static String joined(List<String> items, String sep) {
        return items.isEmpty() ? null : String.join(sep, items);
    }
}
