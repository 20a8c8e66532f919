package org.tradeshock.ingest.faostat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.tradeshock.common.BadInputException;
import org.tradeshock.ingest.quality.RawFiles;

/**
 * Reads FAOSTAT fertilizer CSVs, plain or gzip: the bulk-download layout of "Fertilizers by Product"
 * (RFB) and "Fertilizers by Nutrient" (RFN) ({@code Domain Code,Domain,Area Code (FAO),Area,Element
 * Code,Element,Item Code,Item,Year Code,Year,Unit,Value,Flag,Flag Description}) and the long layout
 * {@code Area,Year,Item,Measurement,Unit,Value} used by agData exports. Rows with an empty value are
 * skipped (FAOSTAT leaves missing figures blank); a non-numeric value is an error naming the line.
 */
public final class FaostatLoader {
  private FaostatLoader() {}

  /** All records of {@code csv} that {@code keep} accepts. */
  public static List<FaostatRecord> read(Path csv, Predicate<FaostatRecord> keep) {
    List<FaostatRecord> out = new ArrayList<>();
    try (BufferedReader r = RawFiles.reader(new RawFiles.Entry(csv, null))) {
      String header = r.readLine();
      List<String> h = header == null ? List.of()
          : RawFiles.split(header).stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
      int area = h.indexOf("area");
      int element = h.contains("element") ? h.indexOf("element") : h.indexOf("measurement");
      int item = h.indexOf("item");
      int year = h.indexOf("year");
      int unit = h.indexOf("unit");
      int value = h.indexOf("value");
      int flag = h.indexOf("flag");
      if (area < 0 || element < 0 || item < 0 || year < 0 || unit < 0 || value < 0) {
        throw BadInputException.atLine(csv, 1, String.format(Locale.ROOT,
            "not a FAOSTAT CSV: expected columns Area, Element (or Measurement), Item, Year, Unit, Value"
                + " but the header was '%s'", header));
      }
      long line = 1;
      for (String s = r.readLine(); s != null; s = r.readLine()) {
        line++;
        if (s.isBlank()) {
          continue;
        }
        List<String> f = RawFiles.split(s);
        if (f.size() != h.size()) {
          throw BadInputException.atLine(csv, line, String.format(Locale.ROOT,
              "expected %d columns but found %d", h.size(), f.size()));
        }
        String v = f.get(value).trim();
        if (v.isEmpty()) {
          continue;
        }
        FaostatRecord rec;
        try {
          rec = new FaostatRecord(f.get(area).trim(), f.get(element).trim(), f.get(item).trim(),
              Integer.parseInt(f.get(year).trim()), f.get(unit).trim(), Double.parseDouble(v),
              flag < 0 ? "" : f.get(flag).trim());
        } catch (NumberFormatException e) {
          throw BadInputException.atLine(csv, line, String.format(Locale.ROOT,
              "columns Year and Value must be numbers but were '%s' and '%s'", f.get(year), v));
        }
        if (keep.test(rec)) {
          out.add(rec);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + csv, e);
    }
    return out;
  }
}
