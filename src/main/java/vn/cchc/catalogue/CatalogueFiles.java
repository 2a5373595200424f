package vn.cchc.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.cchc.table.Section;

/**
 * Reads and writes catalogues. CSV is the edited form (one indicator a line, lists joined by {@code " | "} and
 * {@code " + "}, the version in a {@code catalogue_version} column or, in older files and the built-in one, a
 * {@code # version:} comment); JSON is the same content for programs.
 */
public final class CatalogueFiles {
    public static final List<String> COLUMNS = List.of("code", "section", "parent", "name", "unit", "kind", "numerator",
            "denominator", "sum_of", "related", "aliases", "note", "aggregate");
    private static final List<String> REQUIRED = List.of("code", "section", "name", "kind");
    /** The catalogue's version, repeated on each line of the printed CSV (a comment line would trip CSV readers). */
    public static final String VERSION_COLUMN = "catalogue_version";
    static final String ALIAS_SEPARATOR = " | ";
    static final String SUM_SEPARATOR = " + ";
    private static final Pattern VERSION = Pattern.compile("(?m)^\\s*#\\s*version\\s*:\\s*(\\S+)");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*(\\.[A-Z0-9_]+)*");
    /** Jackson is loaded only for a JSON catalogue: the built-in CSV one is read at every start. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private CatalogueFiles() {
    }

    /** A user's catalogue: JSON when the file starts with '{', CSV otherwise. */
    public static Catalogue load(Path file) throws CatalogueException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CatalogueException(file + ": no such file");
        } catch (IOException e) {
            throw new CatalogueException(file + ": cannot read: " + e.getMessage(), e);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1); // Excel saves CSV with a BOM
        return text.stripLeading().startsWith("{") ? parseJson(text, file.toString()) : parseCsv(text, file.toString());
    }

    public static Catalogue readCsv(InputStream in, String name) throws IOException, CatalogueException {
        return parseCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
    }

    static Catalogue parseCsv(String text, String name) throws CatalogueException {
        Matcher v = VERSION.matcher(text);
        String version = v.find() ? v.group(1) : null;
        String versionColumn = null;
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        List<Indicator> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (String col : REQUIRED) {
                if (!parser.getHeaderMap().containsKey(col)) throw new CatalogueException(name + ": no column '" + col + "'");
            }
            for (CSVRecord r : parser) {
                if (versionColumn == null && r.isMapped(VERSION_COLUMN) && r.isSet(VERSION_COLUMN) && !r.get(VERSION_COLUMN).isBlank()) {
                    versionColumn = r.get(VERSION_COLUMN).strip();
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (String col : COLUMNS) fields.put(col, r.isMapped(col) && r.isSet(col) ? r.get(col).strip() : "");
                out.add(indicator(fields, name + " line " + r.getParser().getCurrentLineNumber(),
                        split(fields.get("sum_of"), SUM_SEPARATOR), split(fields.get("aliases"), ALIAS_SEPARATOR)));
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new CatalogueException(name + ": not a catalogue CSV: " + csvProblem(e), e);
        }
        return withName(name, versionColumn != null ? versionColumn : version, out);
    }

    /** commons-csv's message in the user's terms: where, and what to look at (quotes, a repeated column). */
    private static String csvProblem(Exception e) {
        String m = String.valueOf(e.getMessage());
        Matcher line = Pattern.compile("line:? (\\d+)").matcher(m);
        String where = line.find() ? "line " + line.group(1) + ": " : "";
        if (m.contains("encapsulated token") || m.contains("EOF reached before encapsulated")) {
            return where + "a quoted field is not closed, or text follows its closing quote (check the \" characters)";
        }
        if (m.toLowerCase(java.util.Locale.ROOT).contains("duplicate")) return "a column name appears twice in the header line";
        return where + m.replaceAll("\\s+", " ").strip();
    }

    static Catalogue parseJson(String text, String name) throws CatalogueException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String what = String.valueOf(e.getOriginalMessage()).replaceAll("\\s*\\(.*", "").replaceAll("\\s+", " ").strip();
            throw new CatalogueException(name + ": not valid JSON" + where + " (" + what + ")", e);
        }
        JsonNode list = root.path("indicators");
        if (!list.isArray()) throw new CatalogueException(name + ": no \"indicators\" array");
        List<Indicator> out = new ArrayList<>();
        int n = 0;
        for (JsonNode node : list) {
            n++;
            Map<String, String> fields = new LinkedHashMap<>();
            for (String col : COLUMNS) {
                JsonNode f = node.path(col);
                fields.put(col, f.isTextual() ? f.asText().strip() : "");
            }
            out.add(indicator(fields, name + " indicator " + n, texts(node.path("sum_of")), texts(node.path("aliases"))));
        }
        return withName(name, root.path("version").asText(null), out);
    }

    private static Catalogue withName(String name, String version, List<Indicator> indicators) throws CatalogueException {
        try {
            return new Catalogue(version, indicators);
        } catch (CatalogueException e) {
            throw new CatalogueException(name + ": " + e.getMessage(), e);
        }
    }

    private static Indicator indicator(Map<String, String> f, String where, List<String> sumOf, List<String> aliases)
            throws CatalogueException {
        for (String col : REQUIRED) {
            if (f.get(col).isEmpty()) throw new CatalogueException(where + ": empty " + col);
        }
        String code = f.get("code");
        if (!CODE.matcher(code).matches()) {
            throw new CatalogueException(where + ": code '" + code + "' is not upper-case words joined by dots, starting with a letter");
        }
        Section section;
        Kind kind;
        Aggregation aggregate;
        try {
            aggregate = Aggregation.parse(f.get("aggregate"));
        } catch (IllegalArgumentException e) {
            throw new CatalogueException(where + ": unknown aggregate '" + f.get("aggregate") + "' (empty for the kind's "
                    + "default, or one of " + Aggregation.ids() + ")");
        }
        try {
            section = Section.valueOf(f.get("section").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CatalogueException(where + ": unknown section '" + f.get("section") + "' (one of "
                    + Arrays.toString(Section.values()) + ")");
        }
        try {
            kind = Kind.parse(f.get("kind"));
        } catch (IllegalArgumentException e) {
            throw new CatalogueException(where + ": unknown kind '" + f.get("kind") + "' (one of "
                    + Arrays.stream(Kind.values()).map(Kind::id).toList() + ")");
        }
        return new Indicator(code, section, f.get("parent"), f.get("name"), f.get("unit"), kind, f.get("numerator"),
                f.get("denominator"), sumOf, f.get("related"), aliases, f.get("note"), aggregate);
    }

    private static List<String> split(String s, String separator) {
        if (s == null || s.isBlank()) return List.of();
        return Arrays.stream(s.split(Pattern.quote(separator.strip()))).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array.isArray()) array.forEach(x -> out.add(x.asText().strip()));
        return out;
    }

    /**
     * Plain CSV that any CSV reader takes (no comment lines): the catalogue's version is a last column, the same on
     * every line. {@link #parseCsv} reads it back, and still reads the {@code # version:} comment of older files.
     */
    public static void writeCsv(Catalogue c, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>(COLUMNS);
        header.add(VERSION_COLUMN);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                .setHeader(header.toArray(String[]::new)).get());
        for (Indicator i : c.indicators()) {
            p.printRecord(i.code(), i.section().name(), nz(i.parent()), i.name(), i.unit(), i.kind().id(), nz(i.numerator()),
                    nz(i.denominator()), String.join(SUM_SEPARATOR, i.sumOf()), nz(i.related()),
                    String.join(ALIAS_SEPARATOR, i.aliases()), i.note(), i.aggregate() == null ? "" : i.aggregate().id(),
                    c.version());
        }
        p.flush();
    }

    public static void writeJson(Catalogue c, OutputStream out) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("version", c.version());
        ArrayNode list = root.putArray("indicators");
        for (Indicator i : c.indicators()) {
            ObjectNode n = list.addObject();
            n.put("code", i.code());
            n.put("section", i.section().name());
            n.put("parent", i.parent());
            n.put("name", i.name());
            n.put("unit", i.unit());
            n.put("kind", i.kind().id());
            n.put("numerator", i.numerator());
            n.put("denominator", i.denominator());
            i.sumOf().forEach(n.putArray("sum_of")::add);
            n.put("related", i.related());
            i.aliases().forEach(n.putArray("aliases")::add);
            n.put("note", i.note());
            n.put("aggregate", i.aggregate() == null ? null : i.aggregate().id());
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Json.MAPPER.writeValue(new NonClosingWriter(w), root);
        w.write("\n");
        w.flush();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Jackson closes the writer it is given; standard output must stay open. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
