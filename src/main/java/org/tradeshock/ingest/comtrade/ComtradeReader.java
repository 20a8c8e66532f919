package org.tradeshock.ingest.comtrade;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.tradeshock.common.BadInputException;
import org.tradeshock.ingest.baci.BaciCodes;
import org.tradeshock.ingest.mirror.MirrorRule;
import org.tradeshock.ingest.quality.LongSet;
import org.tradeshock.ingest.quality.Progress;
import org.tradeshock.ingest.quality.Quarantine;
import org.tradeshock.ingest.quality.Quarantine.Reason;
import org.tradeshock.ingest.quality.RawFiles;
import org.tradeshock.ingest.quality.ReadCounts;
import org.tradeshock.ingest.quality.ReportSink;
import org.tradeshock.ingest.quality.Selection;

/**
 * Reads a UN Comtrade CSV, either the current Comtrade+ API/bulk layout
 * ({@code typeCode,freqCode,refPeriodId,refYear,...,cmdCode,...,netWgt,...,primaryValue,...}) or the
 * legacy download layout ({@code Classification,Year,Period,...,Trade Value (US$)}), and passes
 * validated annual exports and imports to a sink.
 *
 * <p>Columns are found by name (case, spaces and punctuation ignored), so both
 * {@code Trade Value (US$)} and {@code TradeValueUS} work. Only totals are kept: rows with partner
 * World (code 0), a second partner, a customs procedure other than C00 or a transport mode other than 0
 * are breakdowns and are skipped, as are re-exports, re-imports and the commodity TOTAL. Net weight in
 * kg becomes tonnes; a blank or zero weight is unknown.
 *
 * <p>What the sink receives, per file:
 * <ul>
 *   <li><b>One report per year.</b> Monthly rows ({@code freqCode} M, or a {@code period} of the form
 *       YYYYMM) are summed to the calendar year per (reporter, partner, HS code, flow): value and
 *       weight; the weight of the year is unknown when one month lacks it. A second row for the same
 *       period, or annual and monthly rows for the same key, is quarantined as DUPLICATE_KEY.
 *   <li><b>The most detailed HS level.</b> When a file holds a code and a more detailed code under it
 *       for the same (year, reporter, partner, flow), for example 3104 and 310420, only the detailed
 *       rows are passed on, so that a consumer summing a prefix does not count the same trade twice.
 *       A code with no detailed rows under it (an HS4-only file) is passed on as it is.
 *   <li><b>Exports f.o.b., imports c.i.f.</b>, as mirror reconciliation expects. Exports take
 *       {@code fobvalue} when given, else {@code primaryValue}. Imports take {@code cifvalue} when
 *       given; an import reported only f.o.b. (a blank {@code cifvalue} with a {@code fobvalue},
 *       as some reporters value their imports) is raised by the default c.i.f. margin
 *       ({@link MirrorRule#defaults()}), so that reconciliation with that margin gives back exactly the
 *       reported f.o.b. figure instead of lowering it a second time. Without either column an import's
 *       {@code primaryValue} is taken to be c.i.f., as Comtrade reports imports by default.
 * </ul>
 * Rows are therefore collected for the whole file and passed on at its end, in the order of their
 * first row.
 */
public final class ComtradeReader {
  /** The two CSV layouts. */
  public enum Layout {
    /** Comtrade+ (API data/v1/get and bulk files, 2023 onward). */
    PLUS,
    /** The legacy comtrade.un.org download. */
    LEGACY
  }

  /** How a reported value was measured. */
  enum Valuation {
    /** Free on board: at the exporter's border. */
    FOB,
    /** Cost, insurance and freight: at the importer's border. */
    CIF,
    /** The file does not say (primaryValue only): exports are taken as f.o.b., imports as c.i.f. */
    PRIMARY
  }

  private static final int MAX_CODE = 1023; // country codes are packed in 10 bits

  private final BaciCodes codes;
  private final double fobToCif;

  /** A reader that maps numeric Comtrade country codes to ISO3 with {@code codes}. */
  public ComtradeReader(BaciCodes codes) {
    this.codes = codes;
    this.fobToCif = 1 + MirrorRule.defaults().cifRate();
  }

  record Cols(Layout layout, int year, int flow, int reporter, int reporterIso, int partner,
      int partnerIso, int partner2, int customs, int mot, int cmd, int weight, int value, int cif, int fob,
      int freq, int period, int refMonth, int count) {}

  /**
   * One parsed total row, before the country lookup and the selection.
   *
   * @param month 0 for an annual row, else 1..12
   * @param valueUsd the value on the basis of the flow (see the class comment), before any margin
   * @param valuation the basis {@code valueUsd} was read on
   * @param kg net weight in kg, NaN when blank or zero
   */
  record Row(int year, int month, boolean export, int reporter, int partner, String cmd, double valueUsd,
      Valuation valuation, double kg) {}

  /** A row-level problem: the row goes to quarantine with this reason. */
  static final class RowProblem extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Reason reason;

    RowProblem(Reason reason, String detail) {
      super(detail, null, false, false);
      this.reason = reason;
    }
  }

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
          need(label, h, "primaryvalue"), h.indexOf("cifvalue"), h.indexOf("fobvalue"), h.indexOf("freqcode"),
          h.indexOf("period"), h.indexOf("refmonth"), h.size());
    }
    if (h.contains("tradevalueus")) {
      int flow = h.indexOf("tradeflowcode");
      return new Cols(Layout.LEGACY, need(label, h, "year"), flow >= 0 ? flow : need(label, h, "flowcode"),
          need(label, h, "reportercode"), h.indexOf("reporteriso"), need(label, h, "partnercode"),
          h.indexOf("partneriso"), h.indexOf("2ndpartnercode"), h.indexOf("customsproccode"),
          h.indexOf("modeoftransportcode"), need(label, h, "commoditycode"), h.indexOf("netweightkg"),
          h.indexOf("tradevalueus"), first(h, "ciftradevalueus", "ciftradevalue"),
          first(h, "fobtradevalueus", "fobtradevalue"), -1, h.indexOf("period"), -1, h.size());
    }
    throw new BadInputException(label, "line 1", String.format(Locale.ROOT,
        "not a Comtrade CSV: the header must contain primaryValue (Comtrade+) or Trade Value (US$)"
            + " (legacy) but was '%s'", header == null ? "" : abbreviate(header)));
  }

  private static int first(List<String> h, String... names) {
    for (String n : names) {
      if (h.contains(n)) {
        return h.indexOf(n);
      }
    }
    return -1;
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
    long bad = 0;
    long bytes = 0;
    YearTotals totals = new YearTotals();
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
        try {
          List<String> f = RawFiles.split(s);
          Row row = parse(c, f);
          if (row == null || row.partner() == 0 || !sel.keepsYear(row.year()) || !sel.keepsProduct(row.cmd())) {
            continue; // a breakdown, a re-export, partner World (an aggregate), or not selected
          }
          String repIso = iso(row.reporter(), field(f, c.reporterIso()));
          String parIso = iso(row.partner(), field(f, c.partnerIso()));
          if (repIso == null || parIso == null) {
            throw new RowProblem(Reason.UNKNOWN_COUNTRY, String.format(Locale.ROOT,
                "%s code %d is not in the country code table", repIso == null ? "reporter" : "partner",
                repIso == null ? row.reporter() : row.partner()));
          }
          if (sel.keepsPair(repIso, parIso)) {
            add(totals, row, repIso, parIso);
          }
        } catch (RowProblem p) {
          bad++;
          quarantine.add(label, line, p.reason, p.getMessage(), s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read Comtrade file " + label, e);
    }
    long kept = emit(totals, sink);
    return new ReadCounts(read, kept, bad, bytes);
  }

  /**
   * Parses one data row: null when it is not a total of exports or imports (a re-export, a
   * breakdown by second partner, customs procedure or transport mode, the commodity TOTAL).
   */
  static Row parse(Cols c, List<String> f) throws RowProblem {
    if (f.size() != c.count()) {
      throw new RowProblem(Reason.WRONG_COLUMN_COUNT, String.format(Locale.ROOT,
          "expected %d columns but found %d", c.count(), f.size()));
    }
    Boolean export = flow(c.layout(), f.get(c.flow()).trim());
    String cmd = f.get(c.cmd()).trim();
    if (export == null || !isTotal(c, f) || cmd.equalsIgnoreCase("TOTAL")) {
      return null;
    }
    String yearS = f.get(c.year()).trim();
    int year = parse(yearS);
    int rep = parse(f.get(c.reporter()).trim());
    int par = parse(f.get(c.partner()).trim());
    if (year < 0 || rep < 0 || par < 0) {
      throw new RowProblem(Reason.NOT_A_NUMBER, String.format(Locale.ROOT,
          "year, reporter code and partner code must be integers but were '%s', '%s', '%s'",
          yearS, f.get(c.reporter()).trim(), f.get(c.partner()).trim()));
    }
    if (year < 1900 || year > 2100) {
      throw new RowProblem(Reason.NOT_A_NUMBER, "year must be in 1900..2100 but was " + year);
    }
    if (rep > MAX_CODE || par > MAX_CODE) {
      throw new RowProblem(Reason.UNKNOWN_COUNTRY, String.format(Locale.ROOT,
          "reporter and partner codes must be Comtrade codes 0..%d but were %d and %d", MAX_CODE, rep, par));
    }
    if (!cmd.matches("[0-9]{2,6}") || cmd.length() % 2 != 0) {
      throw new RowProblem(Reason.UNKNOWN_PRODUCT,
          "commodity code must be an HS code of 2, 4 or 6 digits but was '" + cmd + "'");
    }
    int month = month(c, f, year);
    String ws = field(f, c.weight());
    String cif = field(f, c.cif());
    String fob = field(f, c.fob());
    String primary = field(f, c.value());
    double kg = number(ws, "net weight");
    Valuation basis;
    String vs;
    if (export && positive(fob, "fobvalue")) {
      basis = Valuation.FOB;
      vs = fob;
    } else if (!export && positive(cif, "cifvalue")) {
      basis = Valuation.CIF;
      vs = cif;
    } else if (!export && positive(fob, "fobvalue")) {
      basis = Valuation.FOB;
      vs = fob;
    } else {
      basis = Valuation.PRIMARY;
      vs = primary;
    }
    double v = number(vs, "trade value");
    if (Double.isNaN(v) || !(v >= 0) || Double.isInfinite(v) || kg < 0 || Double.isInfinite(kg)) {
      throw new RowProblem(Double.isNaN(v) ? Reason.NOT_A_NUMBER : Reason.NEGATIVE_VALUE,
          String.format(Locale.ROOT, "trade value and net weight must be numbers >= 0 but were '%s' and '%s'",
              vs, ws));
    }
    return new Row(year, month, export, rep, par, cmd, v, basis, kg > 0 ? kg : Double.NaN);
  }

  private static String field(List<String> f, int col) {
    return col < 0 ? "" : f.get(col).trim();
  }

  /** A number, NaN for a blank field; throws for text that is not a number. */
  private static double number(String s, String what) throws RowProblem {
    if (s.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new RowProblem(Reason.NOT_A_NUMBER, String.format(Locale.ROOT, "%s must be a number but was '%s'",
          what, s));
    }
  }

  /** Whether an optional value column holds a number above zero (blank and 0 mean "not given"). */
  private static boolean positive(String s, String column) throws RowProblem {
    return !s.isEmpty() && number(s, column) > 0;
  }

  /**
   * The month of a row, 0 for an annual row. Comtrade+ says it in freqCode (A or M) and period
   * (YYYY or YYYYMM); the legacy layout only in Period. A period outside the row's year is an error.
   */
  private static int month(Cols c, List<String> f, int year) throws RowProblem {
    String freq = field(f, c.freq()).toUpperCase(Locale.ROOT);
    String period = field(f, c.period());
    if (period.endsWith(".0")) {
      period = period.substring(0, period.length() - 2);
    }
    boolean monthly;
    if (freq.equals("M")) {
      monthly = true;
    } else if (freq.equals("A")) {
      monthly = false;
    } else if (freq.isEmpty()) {
      monthly = period.length() == 6;
    } else {
      throw new RowProblem(Reason.NOT_A_NUMBER, "freqCode must be A (annual) or M (monthly) but was '" + freq + "'");
    }
    if (!monthly) {
      if (!period.isEmpty() && !period.equals(Integer.toString(year))) {
        throw new RowProblem(Reason.NOT_A_NUMBER, String.format(Locale.ROOT,
            "period of an annual row must be the year %d but was '%s'", year, period));
      }
      return 0;
    }
    int month = -1;
    if (period.length() == 6 && parse(period) >= 0 && period.startsWith(Integer.toString(year))) {
      month = Integer.parseInt(period.substring(4));
    } else if (period.isEmpty() && c.refMonth() >= 0) {
      month = parse(field(f, c.refMonth()));
    }
    if (month < 1 || month > 12) {
      throw new RowProblem(Reason.NOT_A_NUMBER, String.format(Locale.ROOT,
          "period of a monthly row must be YYYYMM in year %d but was '%s'", year, period));
    }
    return month;
  }

  /** Adds a row to its year's total; a second row for the same period is a duplicate. */
  private void add(YearTotals totals, Row row, String repIso, String parIso) throws RowProblem {
    long key = YearTotals.key(row.year(), row.reporter(), row.partner(), row.cmd(), row.export());
    int i = totals.find(key);
    if (i >= 0) {
      int seen = totals.periods(i);
      String what = row.export() ? "export" : "import";
      if ((seen & (1 << row.month())) != 0) {
        throw new RowProblem(Reason.DUPLICATE_KEY, String.format(Locale.ROOT,
            "second %s row for %s, reporter %s, partner %s, commodity %s", what,
            row.month() == 0 ? "year " + row.year() : String.format(Locale.ROOT, "%d-%02d", row.year(), row.month()),
            repIso, parIso, row.cmd()));
      }
      if ((row.month() == 0) != ((seen & 1) != 0)) {
        throw new RowProblem(Reason.DUPLICATE_KEY, String.format(Locale.ROOT,
            "both annual and monthly %s rows for year %d, reporter %s, partner %s, commodity %s; expected one"
                + " or the other", what, row.year(), repIso, parIso, row.cmd()));
      }
    } else {
      i = totals.add(key, repIso, parIso);
    }
    double v = row.valuation() == Valuation.FOB && !row.export() ? row.valueUsd() * fobToCif : row.valueUsd();
    totals.accumulate(i, row.month(), v, row.kg());
  }

  /** Passes on the totals that no more detailed HS code of the same report covers; returns how many. */
  private static long emit(YearTotals totals, ReportSink sink) {
    LongSet covered = new LongSet(Math.max(16, totals.size()));
    for (int i = 0; i < totals.size(); i++) {
      long k = totals.key(i);
      for (int d = 2; d < YearTotals.hsDigits(k); d += 2) {
        covered.add(YearTotals.coarser(k, d));
      }
    }
    long kept = 0;
    for (int i = 0; i < totals.size(); i++) {
      long k = totals.key(i);
      if (!covered.add(k)) {
        continue; // already there: a more detailed code under this one was reported (keys are unique)
      }
      double kg = totals.kg(i);
      sink.accept(YearTotals.year(k), totals.reporter(i), totals.partner(i), YearTotals.export(k),
          YearTotals.hs(k), totals.value(i), kg > 0 ? kg / 1000.0 : Double.NaN);
      kept++;
    }
    return kept;
  }

  private static Boolean flow(Layout layout, String code) {
    if (layout == Layout.PLUS) {
      return code.equals("X") ? Boolean.TRUE : code.equals("M") ? Boolean.FALSE : null;
    }
    return code.equals("2") ? Boolean.TRUE : code.equals("1") ? Boolean.FALSE : null;
  }

  private static boolean isTotal(Cols c, List<String> f) {
    String p2 = field(f, c.partner2());
    String customs = field(f, c.customs());
    String mot = field(f, c.mot());
    return (p2.isEmpty() || p2.equals("0")) && (customs.isEmpty() || customs.equals("C00"))
        && (mot.isEmpty() || mot.equals("0"));
  }

  private String iso(int code, String isoColumn) {
    String fromTable = codes.iso3(code);
    if (fromTable != null) {
      return fromTable;
    }
    String s = isoColumn.toUpperCase(Locale.ROOT);
    return s.matches("[A-Z]{3}") && !s.equals("WLD") ? s.intern() : null;
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
