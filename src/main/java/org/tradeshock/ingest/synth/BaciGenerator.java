package org.tradeshock.ingest.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.tradeshock.common.Checks;

/**
 * Writes a synthetic BACI release of any size for scale tests and benchmarks: a data file
 * {@code BACI_HS17_Y<year>_V000000.csv} ({@code t,i,j,k,v,q}) plus the country and product code
 * tables in BACI's formats.
 *
 * <p>Realism that matters for the ingest: about 230 countries with BACI's numeric codes for the
 * potash players (Canada 124, Belarus 112, Russia 643, USA 842, India 699, China 156), about 5,000 HS6
 * codes in 96 chapters including the real 3104xx lines, {@code k} written without leading zeros, each
 * (i, j, k) at most once, heavy-tailed values (log-normal, sigma 2.5, in thousand USD with three
 * decimals), about 1% zero values and about 8% missing quantities written {@code NA} padded like
 * the real files. The same seed and size always give the same bytes.
 */
public final class BaciGenerator {
  /** Number of countries written. */
  public static final int COUNTRIES = 230;
  /** Number of HS6 products written. */
  public static final int PRODUCTS = 5000;

  private static final Map<String, Integer> FIXED = new LinkedHashMap<>();

  static {
    FIXED.put("CAN", 124);
    FIXED.put("BLR", 112);
    FIXED.put("RUS", 643);
    FIXED.put("USA", 842);
    FIXED.put("IND", 699);
    FIXED.put("CHN", 156);
    FIXED.put("DEU", 276);
    FIXED.put("BRA", 76);
    FIXED.put("ISR", 376);
    FIXED.put("JOR", 400);
  }

  private BaciGenerator() {}

  /** What was written. */
  public record Written(Path dataFile, long rows, long bytes) {}

  /** Writes {@code rows} data rows for {@code year} into {@code dir} (created if needed). */
  public static Written write(Path dir, long rows, int year, long seed) {
    Checks.check(rows >= 0, "rows must be >= 0 but was %d", rows);
    try {
      Files.createDirectories(dir);
      int[] countryCodes = writeCountries(dir.resolve("country_codes_V000000.csv"));
      int[] products = writeProducts(dir.resolve("product_codes_V000000.csv"));
      Path data = dir.resolve(String.format(Locale.ROOT, "BACI_HS17_Y%d_V000000.csv", year));
      long written = writeData(data, rows, year, seed, countryCodes, products);
      return new Written(data, written, Files.size(data));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write synthetic BACI files to " + dir, e);
    }
  }

  private static int[] writeCountries(Path f) throws IOException {
    List<String> iso = new ArrayList<>(FIXED.keySet());
    for (String c : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).stream().sorted().toList()) {
      if (iso.size() < COUNTRIES && !iso.contains(c)) {
        iso.add(c);
      }
    }
    boolean[] used = new boolean[1000];
    FIXED.values().forEach(v -> used[v] = true);
    int next = 4;
    int[] codes = new int[iso.size()];
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("country_code,country_name_abbreviation,country_name_full,iso_2digit_alpha,iso_3digit_alpha\n");
      for (int n = 0; n < iso.size(); n++) {
        Integer fixed = FIXED.get(iso.get(n));
        int code = fixed != null ? fixed : -1;
        if (code < 0) {
          while (used[next]) {
            next++;
          }
          code = next;
          used[next] = true;
        }
        codes[n] = code;
        w.write(code + ",Country " + iso.get(n) + ",Synthetic country " + iso.get(n) + ",XX," + iso.get(n) + "\n");
      }
    }
    return codes;
  }

  private static int[] writeProducts(Path f) throws IOException {
    int[] real = {310420, 310430, 310490, 310210, 310530, 310520, 310510};
    List<Integer> codes = new ArrayList<>();
    for (int r : real) {
      codes.add(r);
    }
    outer:
    for (int sub = 10; sub <= 99; sub += 10) {
      for (int heading = 1; heading <= 30; heading++) {
        for (int chapter = 1; chapter <= 97; chapter++) {
          if (chapter == 77) {
            continue;
          }
          int code = chapter * 10000 + heading * 100 + sub;
          if (!codes.contains(code)) {
            codes.add(code);
          }
          if (codes.size() == PRODUCTS) {
            break outer;
          }
        }
      }
    }
    int[] out = codes.stream().mapToInt(Integer::intValue).sorted().toArray();
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("code,description\n");
      for (int c : out) {
        w.write(String.format(Locale.ROOT, "%06d,\"Synthetic product %06d\"\n", c, c));
      }
    }
    return out;
  }

  private static long writeData(Path f, long rows, int year, long seed, int[] countries, int[] products)
      throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = countries.length;
    // heavy-tailed country sizes shape how many products each pair trades
    double[] size = new double[n];
    for (int i = 0; i < n; i++) {
      size[i] = Math.pow(1 - rnd.nextDouble(), -0.5);
    }
    // E[sqrt(si sj)] = E[sqrt(s)]^2 for independent sizes, so this normalisation gives about `rows` in total
    double meanSqrt = Arrays.stream(size).map(Math::sqrt).average().orElse(1);
    double mean = meanSqrt * meanSqrt;
    int[] counts = plan(rows, size, mean);
    long written = 0;
    StringBuilder sb = new StringBuilder(64);
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.US_ASCII)) {
      w.write("t,i,j,k,v,q\n");
      int pair = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (i == j) {
            continue;
          }
          int count = counts[pair++];
          int start = rnd.nextInt(PRODUCTS);
          int stride = 1 + 2 * rnd.nextInt(PRODUCTS / 2);
          while (stride % 5 == 0) {
            stride += 2;
          }
          for (int c = 0; c < count; c++) {
            int k = products[(int) ((start + (long) c * stride) % PRODUCTS)];
            double v = rnd.nextDouble() < 0.01 ? 0 : Math.exp(1.0 + 2.5 * rnd.nextGaussian());
            sb.setLength(0);
            sb.append(year).append(',').append(countries[i]).append(',').append(countries[j]).append(',')
                .append(k).append(',');
            fixed3(sb, v);
            sb.append(',');
            if (rnd.nextDouble() < 0.08) {
              sb.append("          NA");
            } else {
              fixed3(sb, v * Math.exp(0.5 + rnd.nextGaussian()));
            }
            sb.append('\n');
            w.append(sb);
            written++;
          }
        }
      }
    }
    return written;
  }

  /**
   * Rows per ordered country pair: proportional to sqrt(size_i size_j), at most one row per product,
   * then topped up one row at a time so that the total is exactly {@code rows} (when it fits).
   */
  private static int[] plan(long rows, double[] size, double mean) {
    int n = size.length;
    int[] counts = new int[n * (n - 1)];
    double perPair = (double) rows / counts.length;
    long total = 0;
    int p = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j) {
          counts[p] = (int) Math.min(PRODUCTS, Math.floor(perPair * Math.sqrt(size[i] * size[j]) / mean));
          total += counts[p++];
        }
      }
    }
    long target = Math.min(rows, (long) counts.length * PRODUCTS);
    for (int q = 0; total < target; q = (q + 1) % counts.length) {
      if (counts[q] < PRODUCTS) {
        counts[q]++;
        total++;
      }
    }
    for (int q = counts.length - 1; total > target; q = q == 0 ? counts.length - 1 : q - 1) {
      if (counts[q] > 0) {
        counts[q]--;
        total--;
      }
    }
    return counts;
  }

  /** Appends {@code x >= 0} with three decimals, without String.format's cost. */
  static void fixed3(StringBuilder sb, double x) {
    long milli = Math.round(x * 1000);
    sb.append(milli / 1000).append('.');
    long frac = milli % 1000;
    if (frac < 100) {
      sb.append('0');
    }
    if (frac < 10) {
      sb.append('0');
    }
    sb.append(frac);
  }
}
