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
 * Reads FAOSTAT fertilizer CSVs, plain, gzip ({@code .gz}) or as FAOSTAT's bulk-download zip
 * ({@code Inputs_FertilizersProduct_E_All_Data_(Normalized).zip}, whose data member is the
 * {@code *All_Data*.csv} next to the code-list CSVs): the bulk-download layout of "Fertilizers by
 * Product" (RFB) and "Fertilizers by Nutrient" (RFN) ({@code Domain Code,Domain,Area Code (FAO),Area,
 * Element Code,Element,Item Code,Item,Year Code,Year,Unit,Value,Flag,Flag Description}, or the bulk
 * zip's {@code Area Code,Area Code (M49),Area,Item Code,Item Code (CPC),Item,Element Code,Element,Year
 * Code,Year,Unit,Value,Flag,Note}) and the long layout {@code Area,Year,Item,Measurement,Unit,Value}
 * used by agData exports. Columns are found by name. Rows with an empty value are skipped (FAOSTAT
 * leaves missing figures blank); a non-numeric value is an error naming the line.
 */
public final class FaostatLoader {
  private FaostatLoader() {}

  /** All records of {@code file} that {@code keep} accepts. */
  public static List<FaostatRecord> read(Path file, Predicate<FaostatRecord> keep) {
    RawFiles.Entry entry = dataEntry(file);
    String src = entry.label();
    List<FaostatRecord> out = new ArrayList<>();
    try (BufferedReader r = RawFiles.reader(entry)) {
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
        boolean wide = h.stream().anyMatch(c -> c.matches("y\\d{4}"));
        throw new BadInputException(src, "line 1", String.format(Locale.ROOT,
            "not a FAOSTAT CSV: expected columns Area, Element (or Measurement), Item, Year, Unit, Value"
                + " but the header was '%s'%s", header,
            wide ? " (the wide layout with a column per year is not supported: use the '(Normalized)' download)"
                : ""));
      }
      long line = 1;
      for (String s = r.readLine(); s != null; s = r.readLine()) {
        line++;
        if (s.isBlank()) {
          continue;
        }
        List<String> f = RawFiles.split(s);
        if (f.size() != h.size()) {
          throw new BadInputException(src, "line " + line, String.format(Locale.ROOT,
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
          throw new BadInputException(src, "line " + line, String.format(Locale.ROOT,
              "columns Year and Value must be numbers but were '%s' and '%s'", f.get(year), v));
        }
        if (keep.test(rec)) {
          out.add(rec);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + src, e);
    }
    return out;
  }

  /**
   * The file itself, or the data member of a FAOSTAT bulk zip: its only CSV, or else its only CSV
   * named {@code *All_Data*} (the others are code lists: AreaCodes, ItemCodes, Elements, Flags).
   */
  static RawFiles.Entry dataEntry(Path file) {
    List<RawFiles.Entry> csvs = RawFiles.entries(file, n -> n.toLowerCase(Locale.ROOT).endsWith(".csv"));
    if (csvs.size() == 1) {
      return csvs.get(0);
    }
    List<RawFiles.Entry> data = csvs.stream().filter(e -> e.name().contains("All_Data")).toList();
    if (data.size() == 1) {
      return data.get(0);
    }
    throw BadInputException.at(file, "", String.format(Locale.ROOT,
        "expected one FAOSTAT data CSV in the zip (the only *.csv member, or the only one named"
            + " *All_Data*.csv) but its CSV members were %s",
        csvs.stream().map(RawFiles.Entry::name).toList()));
  }
}
