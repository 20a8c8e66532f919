package org.tradeshock.report;

import java.util.List;

/** RFC 4180 CSV text for a {@link Table}: CRLF line ends, quoting where needed, raw numbers when known. */
final class Csv {
  private Csv() {}

  static String render(Table table) {
    StringBuilder out = new StringBuilder();
    List<Table.Column> columns = table.columns();
    for (int i = 0; i < columns.size(); i++) {
      out.append(i == 0 ? "" : ",").append(quote(columns.get(i).name()));
    }
    out.append("\r\n");
    for (List<Table.Cell> row : table.rows()) {
      for (int i = 0; i < row.size(); i++) {
        Table.Cell cell = row.get(i);
        String text = cell.value() != null ? Format.raw(cell.value()) : cell.text();
        out.append(i == 0 ? "" : ",").append(quote(text));
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  static String quote(String field) {
    boolean needsQuotes =
        field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
    return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }
}
