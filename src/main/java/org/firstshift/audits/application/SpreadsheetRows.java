package org.firstshift.audits.application;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rows of an agency spreadsheet, one at a time, whatever its format: CSV through commons-csv,
 * XLSX (first sheet) through fastexcel-reader. Neither reads the whole file into memory, so an
 * import's memory does not depend on the file's length. Row numbers are as a person sees them in
 * the spreadsheet: the header is row 1.
 */
public abstract class SpreadsheetRows implements Closeable {

    public enum Format { CSV, XLSX }

    /** A data row: its number in the file and its cells in header order (missing cells are ""). */
    public record RawRow(int number, List<String> cells) {
    }

    public abstract List<String> header();

    /** The next row, or null at the end; rows with every cell blank are skipped. */
    public abstract RawRow next();

    /** XLSX files are ZIP archives ("PK"); anything else is read as CSV text. */
    public static Format sniff(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K' ? Format.XLSX : Format.CSV;
        }
    }

    public static SpreadsheetRows open(Path file, char delimiter) throws IOException {
        return sniff(file) == Format.XLSX ? new Xlsx(file) : new Csv(Files.newInputStream(file), delimiter);
    }

    static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    /** CSV in UTF-8 (a byte-order mark is skipped), with the agency's delimiter and a header row. */
    static final class Csv extends SpreadsheetRows {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final List<String> header;

        Csv(InputStream in, char delimiter) throws IOException {
            BufferedInputStream buffered = new BufferedInputStream(in);
            buffered.mark(3);
            byte[] bom = buffered.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
                buffered.reset();
            }
            Reader reader = new InputStreamReader(buffered, StandardCharsets.UTF_8);
            this.parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
                    .setIgnoreEmptyLines(false).get().parse(reader);
            this.records = parser.iterator();
            this.header = records.hasNext() ? records.next().toList() : List.of();
        }

        @Override
        public List<String> header() {
            return header;
        }

        @Override
        public RawRow next() {
            try {
                while (records.hasNext()) {
                    CSVRecord r = records.next();
                    List<String> cells = new ArrayList<>(r.toList());
                    while (cells.size() < header.size()) {
                        cells.add("");
                    }
                    if (!blank(cells)) {
                        // records counted from 1 with the header, empty lines kept as records: the spreadsheet row
                        return new RawRow((int) r.getRecordNumber(), cells);
                    }
                }
                return null;
            } catch (UncheckedIOException e) {
                throw new IllegalArgumentException("the file is not valid CSV: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    /** The first sheet of an XLSX workbook, streamed row by row. */
    static final class Xlsx extends SpreadsheetRows {
        private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
        private final ReadableWorkbook workbook;
        private final Stream<Row> stream;
        private final Iterator<Row> rows;
        private final List<String> header;

        Xlsx(Path file) throws IOException {
            this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            Sheet sheet = workbook.getFirstSheet();
            this.stream = sheet.openStream();
            this.rows = stream.iterator();
            this.header = rows.hasNext() ? cells(rows.next(), -1) : List.of();
        }

        private List<String> cells(Row row, int width) {
            int n = Math.max(width, row.getCellCount());
            List<String> cells = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Cell c = i < row.getCellCount() ? row.getCell(i) : null;
                cells.add(text(c));
            }
            return cells;
        }

        /** Numbers as plain text (2, not 2.0); dates (numbers formatted as dates) as yyyy-MM-dd. */
        private static String text(Cell c) {
            if (c == null || c.getType() == null) {
                return "";
            }
            switch (c.getType()) {
                case NUMBER:
                    String format = c.getDataFormatString();
                    if (format != null && (format.toLowerCase(java.util.Locale.ROOT).contains("yy") || format.toLowerCase(java.util.Locale.ROOT).contains("dd"))) {
                        return c.asDate().toLocalDate().format(ISO_DATE);
                    }
                    BigDecimal n = c.asNumber();
                    return n.stripTrailingZeros().toPlainString();
                case BOOLEAN:
                    return String.valueOf(c.asBoolean());
                case EMPTY:
                    return "";
                default:
                    String raw = c.getRawValue();
                    return c.getText() == null ? (raw == null ? "" : raw) : c.getText();
            }
        }

        @Override
        public List<String> header() {
            return header;
        }

        @Override
        public RawRow next() {
            while (rows.hasNext()) {
                Row r = rows.next();
                List<String> cells = cells(r, header.size());
                if (!blank(cells)) {
                    return new RawRow(r.getRowNum(), cells);
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            stream.close();
            workbook.close();
        }
    }
}
