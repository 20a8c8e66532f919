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
 * The BACI country and product code tables ({@code country_codes_V*.csv}:
 * country_code,country_name_abbreviation,country_name_full,iso_2digit_alpha,iso_3digit_alpha;
 * {@code product_codes_V*.csv}: code,description). BACI's numeric country codes are Comtrade's
 * (USA = 842, India = 699), not plain ISO numeric ones, so the table is always needed.
 */
public final class BaciCodes {
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
    String[] iso = new String[1000];
    boolean[] products = new boolean[1_000_000];
    readTable(countryTable, List.of("country_code", "iso_3digit_alpha"), (f, line, idx) -> {
      int code = parseCode(countryTable, line, f.get(idx[0]).trim(), 999);
      String iso3 = f.get(idx[1]).trim().toUpperCase(Locale.ROOT);
      if (iso3.isEmpty() || iso3.equals("N/A")) {
        return; // "Other Asia, nes" and similar areas have no ISO3: their rows are unknown countries
      }
      if (!iso3.matches("[A-Z]{3}")) {
        throw BadInputException.atLine(countryTable, line, String.format(Locale.ROOT,
            "column iso_3digit_alpha must be 3 letters but was '%s'", iso3));
      }
      iso[code] = iso3;
    });
    if (productTable != null) {
      readTable(productTable, List.of("code"), (f, line, idx) ->
          products[parseCode(productTable, line, f.get(idx[0]).trim(), 999_999)] = true);
    }
    return new BaciCodes(iso, products, productTable != null);
  }

  /** Finds {@code country_codes*.csv} and {@code product_codes*.csv} in {@code dir}. */
  public static Optional<BaciCodes> find(Path dir) {
    Path countries = first(dir, "country_codes");
    if (countries == null) {
      return Optional.empty();
    }
    return Optional.of(read(countries, first(dir, "product_codes")));
  }

  private static Path first(Path dir, String prefix) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).startsWith(prefix)
          && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted()
          .findFirst().orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + dir, e);
    }
  }

  private interface RowHandler {
    void row(List<String> fields, long line, int[] idx);
  }

  private static void readTable(Path file, List<String> needed, RowHandler h) {
    try (BufferedReader r = RawFiles.reader(new RawFiles.Entry(file, null))) {
      String header = r.readLine();
      List<String> cols = header == null ? List.of() : RawFiles.split(header).stream()
          .map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
      int[] idx = new int[needed.size()];
      for (int n = 0; n < needed.size(); n++) {
        idx[n] = cols.indexOf(needed.get(n));
        if (idx[n] < 0) {
          throw BadInputException.atLine(file, 1, String.format(Locale.ROOT,
              "header must contain column '%s' but was %s", needed.get(n), cols));
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
          throw BadInputException.atLine(file, line, String.format(Locale.ROOT,
              "expected %d columns but found %d", cols.size(), f.size()));
        }
        h.row(f, line, idx);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read code table " + file, e);
    }
  }

  private static int parseCode(Path file, long line, String s, int max) {
    try {
      int v = Integer.parseInt(s);
      if (v >= 0 && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw BadInputException.atLine(file, line, String.format(Locale.ROOT,
        "code must be an integer in 0..%d but was '%s'", max, s));
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
