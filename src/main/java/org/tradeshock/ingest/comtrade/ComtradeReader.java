package org.tradeshock.ingest.comtrade;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.tradeshock.common.BadInputException;
import org.tradeshock.ingest.baci.BaciCodes;
import org.tradeshock.ingest.quality.LongSet;
import org.tradeshock.ingest.quality.Progress;
import org.tradeshock.ingest.quality.Quarantine;
import org.tradeshock.ingest.quality.Quarantine.Reason;
import org.tradeshock.ingest.quality.RawFiles;
import org.tradeshock.ingest.quality.ReadCounts;
import org.tradeshock.ingest.quality.ReportSink;
import org.tradeshock.ingest.quality.Selection;

/**
 * Streams a UN Comtrade CSV, either the current Comtrade+ API/bulk layout
 * ({@code typeCode,freqCode,refPeriodId,refYear,...,cmdCode,...,netWgt,...,primaryValue,...}) or the
 * legacy download layout ({@code Classification,Year,Period,...,Trade Value (US$)}), and passes
 * validated exports and imports to a sink.
 *
 * <p>Columns are found by name (case, spaces and punctuation ignored), so both
 * {@code Trade Value (US$)} and {@code TradeValueUS} work. Only totals are kept: rows with partner
 * World (code 0), a second partner, a customs procedure other than C00 or a transport mode other than 0
 * are breakdowns and are skipped, as are re-exports and re-imports. Net weight in kg becomes tonnes;
 * a blank or zero weight is unknown.
 */
public final class ComtradeReader {
  /** The two CSV layouts. */
  public enum Layout {
    /** Comtrade+ (API data/v1/get and bulk files, 2023 onward). */
    PLUS,
    /** The legacy comtrade.un.org download. */
    LEGACY
  }

  private final BaciCodes codes;

  /** A reader that maps numeric Comtrade country codes to ISO3 with {@code codes}. */
  public ComtradeReader(BaciCodes codes) {
    this.codes = codes;
  }

  private record Cols(Layout layout, int year, int flow, int reporter, int reporterIso, int partner,
      int partnerIso, int partner2, int customs, int mot, int cmd, int weight, int value, int count) {}

  static String norm(String header) {
    return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** Detects the layout from the header, or throws naming the file. */
  static Cols columns(String label, String header) {
    List<String> h = header == null ? List.of()
        : RawFiles.split(header).stream().map(ComtradeReader::norm).toList();
    if (h.contains("primaryvalue")) {
      return new Cols(Layout.PLUS, need(label, h, "refyear"), need(label, h, "flowcode"),
          need(label, h, "reportercode"), h.indexOf("reporteriso"), need(label, h, "partnercode"),
          h.indexOf("partneriso"), h.indexOf("partner2code"), h.indexOf("customscode"),
          h.indexOf("motcode"), need(label, h, "cmdcode"), h.indexOf("netwgt"),
          need(label, h, "primaryvalue"), h.size());
    }
    if (h.contains("tradevalueus")) {
      int flow = h.indexOf("tradeflowcode");
      return new Cols(Layout.LEGACY, need(label, h, "year"), flow >= 0 ? flow : need(label, h, "flowcode"),
          need(label, h, "reportercode"), h.indexOf("reporteriso"), need(label, h, "partnercode"),
          h.indexOf("partneriso"), h.indexOf("2ndpartnercode"), h.indexOf("customsproccode"),
          h.indexOf("modeoftransportcode"), need(label, h, "commoditycode"),
          h.contains("netweightkg") ? h.indexOf("netweightkg") : -1, h.indexOf("tradevalueus"), h.size());
    }
    throw new BadInputException(label, "line 1", String.format(Locale.ROOT,
        "not a Comtrade CSV: the header must contain primaryValue (Comtrade+) or Trade Value (US$)"
            + " (legacy) but was '%s'", header == null ? "" : abbreviate(header)));
  }

  private static String abbreviate(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "..." : s;
  }

  private static int need(String label, List<String> h, String col) {
    int i = h.indexOf(col);
    if (i < 0) {
      throw new BadInputException(label, "line 1",
          String.format(Locale.ROOT, "Comtrade header lacks the column '%s'", col));
    }
    return i;
  }

  /** Reads one entry; throws {@link BadInputException} when the header is not a Comtrade header. */
  public ReadCounts read(RawFiles.Entry entry, Selection sel, Quarantine quarantine, Progress progress,
      ReportSink sink) {
    String label = entry.label();
    long read = 0;
    long kept = 0;
    long bad = 0;
    long bytes = 0;
    LongSet keys = new LongSet(1 << 12);
    try (BufferedReader r = RawFiles.reader(entry)) {
      String header = r.readLine();
      Cols c = columns(label, header);
      long line = 1;
      for (String s = r.readLine(); s != null; s = r.readLine()) {
        line++;
        bytes += s.length() + 1;
        progress.advance(1, s.length() + 1);
        if (s.isBlank()) {
          continue;
        }
        read++;
        List<String> f = RawFiles.split(s);
        if (f.size() != c.count()) {
          bad++;
          quarantine.add(label, line, Reason.WRONG_COLUMN_COUNT, String.format(Locale.ROOT,
              "expected %d columns but found %d", c.count(), f.size()), s);
          continue;
        }
        Boolean export = flow(c.layout(), f.get(c.flow()).trim());
        if (export == null || !isTotal(c, f)) {
          continue;
        }
        String yearS = f.get(c.year()).trim();
        String cmd = f.get(c.cmd()).trim();
        int year = parse(yearS);
        int rep = parse(f.get(c.reporter()).trim());
        int par = parse(f.get(c.partner()).trim());
        if (year < 0 || rep < 0 || par < 0) {
          bad++;
          quarantine.add(label, line, Reason.NOT_A_NUMBER, String.format(Locale.ROOT,
              "year, reporter code and partner code must be integers but were '%s', '%s', '%s'",
              yearS, f.get(c.reporter()).trim(), f.get(c.partner()).trim()), s);
          continue;
        }
        if (par == 0 || !sel.keepsYear(year)) {
          continue; // partner World is an aggregate, not a bilateral flow
        }
        if (!cmd.matches("[0-9]{2,6}") || cmd.length() % 2 != 0) {
          bad++;
          quarantine.add(label, line, Reason.UNKNOWN_PRODUCT,
              "commodity code must be an HS code of 2, 4 or 6 digits but was '" + cmd + "'", s);
          continue;
        }
        if (!sel.keepsProduct(cmd)) {
          continue;
        }
        String repIso = iso(rep, c.reporterIso() < 0 ? "" : f.get(c.reporterIso()));
        String parIso = iso(par, c.partnerIso() < 0 ? "" : f.get(c.partnerIso()));
        if (repIso == null || parIso == null) {
          bad++;
          quarantine.add(label, line, Reason.UNKNOWN_COUNTRY, String.format(Locale.ROOT,
              "%s code %d is not in the country code table", repIso == null ? "reporter" : "partner",
              repIso == null ? rep : par), s);
          continue;
        }
        if (!sel.keepsPair(repIso, parIso)) {
          continue;
        }
        String vs = f.get(c.value()).trim();
        String ws = c.weight() < 0 ? "" : f.get(c.weight()).trim();
        double v;
        double kg;
        try {
          v = Double.parseDouble(vs);
          kg = ws.isEmpty() ? Double.NaN : Double.parseDouble(ws);
        } catch (NumberFormatException e) {
          bad++;
          quarantine.add(label, line, Reason.NOT_A_NUMBER, String.format(Locale.ROOT,
              "trade value and net weight must be numbers but were '%s' and '%s'", vs, ws), s);
          continue;
        }
        if (!(v >= 0) || kg < 0 || Double.isInfinite(v)) {
          bad++;
          quarantine.add(label, line, Reason.NEGATIVE_VALUE, String.format(Locale.ROOT,
              "trade value and net weight must be >= 0 but were '%s' and '%s'", vs, ws), s);
          continue;
        }
        long key = ((long) (year - 1900) << 54) | ((long) rep << 44) | ((long) par << 34)
            | ((long) Integer.parseInt(cmd) << 4) | (cmd.length() << 1) | (export ? 1 : 0);
        if (!keys.add(key)) {
          bad++;
          quarantine.add(label, line, Reason.DUPLICATE_KEY, String.format(Locale.ROOT,
              "second %s row for year %d, reporter %s, partner %s, commodity %s",
              export ? "export" : "import", year, repIso, parIso, cmd), s);
          continue;
        }
        kept++;
        sink.accept(year, repIso, parIso, export, cmd, v, kg > 0 ? kg / 1000.0 : Double.NaN);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read Comtrade file " + label, e);
    }
    return new ReadCounts(read, kept, bad, bytes);
  }

  private static Boolean flow(Layout layout, String code) {
    if (layout == Layout.PLUS) {
      return code.equals("X") ? Boolean.TRUE : code.equals("M") ? Boolean.FALSE : null;
    }
    return code.equals("2") ? Boolean.TRUE : code.equals("1") ? Boolean.FALSE : null;
  }

  private static boolean isTotal(Cols c, List<String> f) {
    String p2 = c.partner2() < 0 ? "" : f.get(c.partner2()).trim();
    String customs = c.customs() < 0 ? "" : f.get(c.customs()).trim();
    String mot = c.mot() < 0 ? "" : f.get(c.mot()).trim();
    return (p2.isEmpty() || p2.equals("0")) && (customs.isEmpty() || customs.equals("C00"))
        && (mot.isEmpty() || mot.equals("0"));
  }

  private String iso(int code, String isoColumn) {
    String fromTable = codes.iso3(code);
    if (fromTable != null) {
      return fromTable;
    }
    String s = isoColumn.trim().toUpperCase(Locale.ROOT);
    return s.matches("[A-Z]{3}") && !s.equals("WLD") ? s : null;
  }

  private static int parse(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return -1;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(s);
  }
}
