package org.tradeshock.ingest.usgs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tradeshock.common.BadInputException;
import org.tradeshock.ingest.quality.RawFiles;

/**
 * Reads USGS Mineral Commodity Summaries world mine production tables in CSV form
 * ({@code edition,country,year,<quantity column>,estimated[,...]}), for example
 * {@code mine_production_kt_K2O} for potash. Plain Java: these files have a few dozen rows.
 * Quantities written with thousands separators ("7,000") or an "e" suffix ("420e") are accepted.
 * The tables' "Other countries" and "World total (rounded)" rows are aggregates; {@link #read(Path)}
 * keeps them apart from the countries.
 */
public final class UsgsLoader {
  /** Names of the aggregate rows, lower case. */
  private static final Pattern WORLD = Pattern.compile("world( total)?( \\(rounded\\))?");
  private static final Pattern OTHER = Pattern.compile("other countries|others?( \\(rounded\\))?");

  private UsgsLoader() {}

  /**
   * A world production table split into its three kinds of rows.
   *
   * @param countries one row per named country and year
   * @param otherCountries the "Other countries" rows: the sum of the countries USGS does not list
   * @param worldTotals the "World total (rounded)" rows, rounded by USGS, so they need not equal the
   *     sum of the other two lists exactly
   */
  public record Table(List<UsgsProduction> countries, List<UsgsProduction> otherCountries,
      List<UsgsProduction> worldTotals) {
    /** Copies the lists. */
    public Table {
      countries = List.copyOf(countries);
      otherCountries = List.copyOf(otherCountries);
      worldTotals = List.copyOf(worldTotals);
    }

    /** The world total of {@code edition} for {@code year}, if the table has one. */
    public java.util.Optional<UsgsProduction> worldTotal(String edition, int year) {
      return worldTotals.stream().filter(r -> r.edition().equals(edition) && r.year() == year).findFirst();
    }
  }

  /**
   * The named countries of the table; the "Other countries" and "World total" rows are left out
   * (they are aggregates, not countries: see {@link #read(Path)}).
   *
   * @throws BadInputException on a wrong header or a row whose year or quantity is not a number
   */
  public static List<UsgsProduction> worldProduction(Path csv) {
    return read(csv).countries();
  }

  /**
   * Reads the table and sorts its rows into countries, "Other countries" and "World total" rows
   * (recognised by name, in any case, with or without "(rounded)").
   *
   * @throws BadInputException on a wrong header or a row whose year or quantity is not a number
   */
  public static Table read(Path csv) {
    List<UsgsProduction> out = new ArrayList<>();
    List<UsgsProduction> other = new ArrayList<>();
    List<UsgsProduction> world = new ArrayList<>();
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
        UsgsProduction row;
        try {
          row = new UsgsProduction(f.get(edition).trim(), f.get(country).trim(),
              Integer.parseInt(f.get(year).trim()), Double.parseDouble(q), e);
        } catch (IllegalArgumentException ex) {
          throw BadInputException.atLine(csv, line, String.format(Locale.ROOT,
              "column %s must be a number >= 0 and year an integer, but the row was '%s'", h.get(qty), s));
        }
        String name = row.country().toLowerCase(Locale.ROOT);
        (WORLD.matcher(name).matches() ? world : OTHER.matcher(name).matches() ? other : out).add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + csv, e);
    }
    return new Table(out, other, world);
  }

}
