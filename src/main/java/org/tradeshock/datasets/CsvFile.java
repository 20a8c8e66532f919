package org.tradeshock.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradeshock.common.BadInputException;

/**
 * Reads a small RFC 4180 CSV file with a fixed header into {@link CsvRow}s.
 *
 * <p>Implementation notes: the bundled tables are a few thousand rows, so a plain reader is used
 * instead of Tablesaw to keep every cell a string until a typed getter parses it; that is what
 * lets each error name the file, the 1-based line (header = line 1), the column and the value.
 */
final class CsvFile {
  private CsvFile() {}

  /**
   * Reads {@code file} and checks that its header equals {@code columns} (order-insensitive).
   *
   * @throws BadInputException when the file is missing, a column is missing or extra, or a record
   *     has the wrong number of cells
   */
  static List<CsvRow> read(Path file, List<String> columns) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadInputException(file.toString(), "", "file not found", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Record> records = split(file, text);
    if (records.isEmpty()) {
      throw BadInputException.atLine(file, 1, "the file is empty; expected a header row "
          + String.join(",", columns));
    }
    List<String> header = records.get(0).cells();
    for (String expected : columns) {
      if (!header.contains(expected)) {
        throw BadInputException.atLine(file, 1, String.format(Locale.ROOT,
            "missing column '%s' (expected columns: %s)", expected, String.join(",", columns)));
      }
    }
    for (String actual : header) {
      if (!columns.contains(actual)) {
        throw BadInputException.atLine(file, 1, String.format(Locale.ROOT,
            "unexpected column '%s' (expected columns: %s)", actual, String.join(",", columns)));
      }
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.put(header.get(i), i);
    }
    List<CsvRow> rows = new ArrayList<>();
    for (Record r : records.subList(1, records.size())) {
      if (r.cells().size() == 1 && r.cells().get(0).isEmpty()) {
        continue; // a blank line carries no data
      }
      if (r.cells().size() != header.size()) {
        throw BadInputException.atLine(file, r.line(), String.format(Locale.ROOT,
            "has %d cells but the header has %d", r.cells().size(), header.size()));
      }
      rows.add(new CsvRow(file, r.line(), index, r.cells()));
    }
    return rows;
  }

  private record Record(long line, List<String> cells) {}

  // Why a hand-written splitter: quoted cells hold commas (sources, params) and the line of each
  // record must be known for error messages.
  private static List<Record> split(Path file, String text) {
    List<Record> out = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    long line = 1;
    long recordLine = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        cell.setLength(0);
        out.add(new Record(recordLine, List.copyOf(cells)));
        cells.clear();
        line++;
        recordLine = line;
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw BadInputException.atLine(file, recordLine, "a quoted cell is not closed");
    }
    if (cell.length() > 0 || !cells.isEmpty()) {
      cells.add(cell.toString());
      out.add(new Record(recordLine, List.copyOf(cells)));
    }
    return out;
  }
}
