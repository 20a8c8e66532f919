package org.tradeshock.ingest.usgs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradeshock.common.BadInputException;
import org.tradeshock.ingest.quality.RawFiles;

/**
 * Reads USGS Mineral Commodity Summaries world mine production tables in CSV form
 * ({@code edition,country,year,<quantity column>,estimated[,...]}), for example
 * {@code mine_production_kt_K2O} for potash. Plain Java: these files have a few dozen rows.
 * Quantities written with thousands separators ("7,000") or an "e" suffix ("420e") are accepted.
 */
public final class UsgsLoader {
  private UsgsLoader() {}

  /**
   * Reads the table.
   *
   * @throws BadInputException on a wrong header or a row whose year or quantity is not a number
   */
  public static List<UsgsProduction> worldProduction(Path csv) {
    List<UsgsProduction> out = new ArrayList<>();
    try (BufferedReader r = RawFiles.reader(new RawFiles.Entry(csv, null))) {
      String header = r.readLine();
      List<String> h = header == null ? List.of()
          : RawFiles.split(header).stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
      int qty = -1;
      for (int i = 0; i < h.size(); i++) {
        if (h.get(i).startsWith("mine_production") || h.get(i).startsWith("production")) {
          qty = i;
        }
      }
      int edition = h.indexOf("edition");
      int country = h.indexOf("country");
      int year = h.indexOf("year");
      int est = h.indexOf("estimated");
      if (edition < 0 || country < 0 || year < 0 || qty < 0) {
        throw BadInputException.atLine(csv, 1, String.format(Locale.ROOT,
            "a USGS production table needs columns edition,country,year,mine_production_* but the header was '%s'",
            header));
      }
      long line = 1;
      for (String s = r.readLine(); s != null; s = r.readLine()) {
        line++;
        if (s.isBlank()) {
          continue;
        }
        List<String> f = RawFiles.split(s);
        if (f.size() < h.size() - 1) {
          throw BadInputException.atLine(csv, line, String.format(Locale.ROOT,
              "expected %d columns but found %d", h.size(), f.size()));
        }
        String q = f.get(qty).trim().replace(",", "");
        boolean e = est >= 0 && est < f.size() && f.get(est).trim().equalsIgnoreCase("e");
        if (q.endsWith("e")) {
          q = q.substring(0, q.length() - 1);
          e = true;
        }
        try {
          out.add(new UsgsProduction(f.get(edition).trim(), f.get(country).trim(),
              Integer.parseInt(f.get(year).trim()), Double.parseDouble(q), e));
        } catch (IllegalArgumentException ex) {
          throw BadInputException.atLine(csv, line, String.format(Locale.ROOT,
              "column %s must be a number >= 0 and year an integer, but the row was '%s'", h.get(qty), s));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + csv, e);
    }
    return out;
  }
}
