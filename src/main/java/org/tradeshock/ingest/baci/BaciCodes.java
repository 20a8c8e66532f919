package org.tradeshock.ingest.baci;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.tradeshock.common.BadInputException;
import org.tradeshock.ingest.quality.RawFiles;

/**
 * The BACI country and product code tables ({@code country_codes_V*.csv}: up to V202301
 * country_code,country_name_abbreviation,country_name_full,iso_2digit_alpha,iso_3digit_alpha, from
 * V202401 country_code,country_name,country_iso2,country_iso3; {@code product_codes_V*.csv}:
 * code,description). BACI's numeric country codes are Comtrade's (USA = 842, India = 699), not plain
 * ISO numeric ones, so the table is always needed.
 */
public final class BaciCodes {
  /** The ISO3 column of the country table: V202401 and later, then up to V202301. */
  private static final String ISO3_COLUMNS = "country_iso3|iso_3digit_alpha";

  private final String[] iso3ByCode;
  private final boolean[] knownProduct;
  private final boolean anyProducts;
  private final Map<String, Integer> codeByIso3;
  private final int[] countryIndex = new int[1000];
  private final int[] productIndex;
  private int countries;
  private int products;

  private BaciCodes(String[] iso3ByCode, boolean[] knownProduct, boolean anyProducts) {
    this.iso3ByCode = iso3ByCode;
    this.knownProduct = knownProduct;
    this.anyProducts = anyProducts;
    java.util.Arrays.fill(countryIndex, -1);
    for (int c = 0; c < iso3ByCode.length; c++) {
      if (iso3ByCode[c] != null) {
        countryIndex[c] = countries++;
      }
    }
    productIndex = new int[anyProducts ? knownProduct.length : 0];
    for (int k = 0; k < productIndex.length; k++) {
      productIndex[k] = knownProduct[k] ? products++ : -1;
    }
    this.codeByIso3 = new HashMap<>();
    for (int c = 0; c < iso3ByCode.length; c++) {
      if (iso3ByCode[c] != null) {
        codeByIso3.putIfAbsent(iso3ByCode[c], c);
      }
    }
  }

  /**
   * Reads the tables; {@code productTable} may be null, in which case every 6-digit code is accepted.
   *
   * @throws BadInputException when a table has the wrong header or a malformed row
   */
  public static BaciCodes read(Path countryTable, Path productTable) {
    return read(new RawFiles.Entry(countryTable, null),
        productTable == null ? null : new RawFiles.Entry(productTable, null));
  }

  /**
   * Reads the tables from plain files or zip members; {@code productTable} may be null, in which case
   * every 6-digit code is accepted. The country table may have either BACI header layout: up to
   * V202301 {@code country_code,...,iso_3digit_alpha}, from V202401 {@code country_code,country_name,
   * country_iso2,country_iso3}. An ISO3 that is not three letters ("N/A", blank, or the codes such
   * as {@code S19} or {@code R20} that newer releases give "nes" areas) makes the country unknown, so
   * its rows go to quarantine as {@code UNKNOWN_COUNTRY}; a product code that is not a number of at
   * most six digits (HS92's {@code 9999AA}) is likewise left out of the known products.
   *
   * @throws BadInputException when a table has neither header layout or a malformed country code
   */
  public static BaciCodes read(RawFiles.Entry countryTable, RawFiles.Entry productTable) {
    String[] iso = new String[1000];
    boolean[] products = new boolean[1_000_000];
    readTable(countryTable, List.of("country_code", ISO3_COLUMNS), (f, line, idx) -> {
      int code = parseCode(countryTable, line, f.get(idx[0]).trim(), 999);
      String iso3 = f.get(idx[1]).trim().toUpperCase(Locale.ROOT);
      if (iso3.matches("[A-Z]{3}")) {
        iso[code] = iso3;
      }
      // else: "Other Asia, nes" and similar areas have no ISO3; their rows are unknown countries
    });
    if (productTable != null) {
      readTable(productTable, List.of("code"), (f, line, idx) -> {
        String k = f.get(idx[0]).trim();
        if (k.matches("[0-9]{1,6}")) {
          products[Integer.parseInt(k)] = true;
        }
      });
    }
    return new BaciCodes(iso, products, productTable != null);
  }

  /**
   * Finds {@code country_codes*.csv} and {@code product_codes*.csv} in {@code dir}, or else inside
   * the first zip archive of {@code dir} that holds them (BACI ships them in each release zip).
   */
  public static Optional<BaciCodes> find(Path dir) {
    Path countries = first(dir, "country_codes");
    if (countries != null) {
      Path products = first(dir, "product_codes");
      return Optional.of(read(countries, products));
    }
    for (Path zip : list(dir, p -> p.toLowerCase(Locale.ROOT).endsWith(".zip"))) {
      List<RawFiles.Entry> c = RawFiles.entries(zip, n -> isTable(n, "country_codes"));
      if (!c.isEmpty()) {
        List<RawFiles.Entry> k = RawFiles.entries(zip, n -> isTable(n, "product_codes"));
        return Optional.of(read(c.get(0), k.isEmpty() ? null : k.get(0)));
      }
    }
    return Optional.empty();
  }

  private static boolean isTable(String member, String prefix) {
    String n = member.substring(member.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return n.startsWith(prefix) && n.endsWith(".csv");
  }

  private static Path first(Path dir, String prefix) {
    List<Path> l = list(dir, n -> isTable(n, prefix));
    return l.isEmpty() ? null : l.get(0);
  }

  private static List<Path> list(Path dir, java.util.function.Predicate<String> name) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Files.isRegularFile(p) && name.test(p.getFileName().toString())).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + dir, e);
    }
  }

  private interface RowHandler {
    void row(List<String> fields, long line, int[] idx);
  }

  /**
   * Reads a table whose needed columns are given by name, each as alternatives separated by '|'
   * (the first one in the header wins).
   */
  private static void readTable(RawFiles.Entry file, List<String> needed, RowHandler h) {
    try (BufferedReader r = RawFiles.reader(file)) {
      String header = r.readLine();
      List<String> cols = header == null ? List.of() : RawFiles.split(header).stream()
          .map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
      int[] idx = new int[needed.size()];
      for (int n = 0; n < needed.size(); n++) {
        idx[n] = -1;
        for (String alt : needed.get(n).split("\\|")) {
          if (idx[n] < 0) {
            idx[n] = cols.indexOf(alt);
          }
        }
        if (idx[n] < 0) {
          throw new BadInputException(file.label(), "line 1", String.format(Locale.ROOT,
              "header must contain column '%s' but was %s", needed.get(n).replace("|", "' or '"), cols));
        }
      }
      long line = 1;
      for (String s = r.readLine(); s != null; s = r.readLine()) {
        line++;
        if (s.isBlank()) {
          continue;
        }
        List<String> f = RawFiles.split(s);
        if (f.size() < cols.size()) {
          throw new BadInputException(file.label(), "line " + line, String.format(Locale.ROOT,
              "expected %d columns but found %d", cols.size(), f.size()));
        }
        h.row(f, line, idx);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read code table " + file.label(), e);
    }
  }

  private static int parseCode(RawFiles.Entry file, long line, String s, int max) {
    try {
      int v = Integer.parseInt(s);
      if (v >= 0 && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadInputException(file.label(), "line " + line, String.format(Locale.ROOT,
        "column country_code must be an integer in 0..%d but was '%s'", max, s));
  }

  /** ISO3 of a BACI/Comtrade numeric country code, or null when unknown. */
  public String iso3(int code) {
    return code >= 0 && code < iso3ByCode.length ? iso3ByCode[code] : null;
  }

  /** The numeric code of an ISO3 code, or -1. */
  public int code(String iso3) {
    return codeByIso3.getOrDefault(iso3.toUpperCase(Locale.ROOT), -1);
  }

  /** Whether {@code k} is a known HS6 product (any 6-digit code when no product table was read). */
  public boolean knownProduct(int k) {
    return k >= 0 && k < knownProduct.length && (!anyProducts || knownProduct[k]);
  }

  /** Dense index 0..countryCount()-1 of a known country code, for compact per-row bookkeeping. */
  int countryIndex(int code) {
    return code >= 0 && code < countryIndex.length ? countryIndex[code] : -1;
  }

  int countryCount() {
    return countries;
  }

  /** Dense index of a known product (only with a product table), else -1. */
  int productIndex(int k) {
    return k >= 0 && k < productIndex.length ? productIndex[k] : -1;
  }

  int productCount() {
    return products;
  }

  /** Whether a product table was read. */
  public boolean hasProductTable() {
    return anyProducts;
  }
}
