package org.tradeshock.calibration;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tradeshock.common.Checks;
import org.tradeshock.model.CapacityStatus;
import org.tradeshock.model.GsimSolution;
import org.tradeshock.model.TradeMatrix;

/**
 * One headline output of a solve, used as a calibration target and as a Monte Carlo metric.
 *
 * @param kind what is measured
 * @param region the region it is measured for (ignored by world-level kinds; use -1 there)
 */
public record Outcome(Kind kind, int region) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The outputs; changes are fractions against the base matrix, money is in base value units. */
  public enum Kind {
    /** sum_v M1(i,v) / sum_v M0(i,v) - 1 for exporter i (volume, base-value units). */
    EXPORT_VOLUME_CHANGE("export volume change"),
    /** sum_v P*_i M1(i,v) / sum_v M0(i,v) - 1 for exporter i (fob revenue). */
    EXPORT_REVENUE_CHANGE("export revenue change"),
    /** sum_v M1(i,v) / sum_j sum_v M1(j,v): exporter i's share of world export volume. */
    EXPORT_SHARE("share of world export volume"),
    /** P_v - 1 for importer v: its composite import price (incl. wedges and rents). */
    COMPOSITE_PRICE_CHANGE("composite price change"),
    /** sum_i X0_i P*_i / sum_i X0_i - 1: a base-export-weighted (Laspeyres) world fob price index. */
    WORLD_PRICE_INDEX_CHANGE("world price index change"),
    /**
     * sum_v E0_v P_v / sum_v E0_v - 1: a base-import-weighted index of what importers pay
     * (composite prices, including wedges and rents); closer to a quoted market price such as the
     * World Bank Pink Sheet potash series than the fob index.
     */
    IMPORT_PRICE_INDEX_CHANGE("import price index change"),
    /**
     * dPS + dCS + dR of region r (capacity rents excluded, see CapacityStatus), with every wedge
     * counted as collected revenue, as in the GSIM workbook. The report's welfare table instead
     * treats wedges that no government collects (sanctions, rerouting costs) as dissipated
     * ({@code scenario.Outcome#withDissipatedWedges}); jobs cannot target or draw this metric, so
     * the two never meet in one report.
     */
    WELFARE("welfare change"),
    /** Sum of capacity rents earned on the exporter's capped routes. */
    CAPACITY_RENT("capacity rent");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** Whether the outcome is measured for one region. */
    public boolean regional() {
      return this != WORLD_PRICE_INDEX_CHANGE && this != IMPORT_PRICE_INDEX_CHANGE;
    }

    /** A short description for reports. */
    public String label() {
      return label;
    }
  }

  /** Validates the fields. */
  public Outcome {
    Objects.requireNonNull(kind, "kind");
    Checks.check(!kind.regional() || region >= 0,
        "outcome %s needs a region index >= 0 but got %d", kind, region);
  }

  /** The outcome {@code kind} for the named region of {@code base}. */
  public static Outcome of(Kind kind, TradeMatrix base, String region) {
    return new Outcome(kind, base.indexOf(region));
  }

  /** The world price index change. */
  public static Outcome worldPriceIndex() {
    return new Outcome(Kind.WORLD_PRICE_INDEX_CHANGE, -1);
  }

  /** The importer-side price index change. */
  public static Outcome importPriceIndex() {
    return new Outcome(Kind.IMPORT_PRICE_INDEX_CHANGE, -1);
  }

  /** A label like "export volume change BLR". */
  public String label(List<String> regions) {
    return !kind.regional() ? kind.label()
        : String.format(Locale.ROOT, "%s %s", kind.label(), regions.get(region));
  }

  /** The value of this outcome in solution {@code s} of a shock on {@code base}. */
  public double of(TradeMatrix base, GsimSolution s) {
    return switch (kind) {
      case EXPORT_VOLUME_CHANGE -> s.exportVolume(region) / base.exportTotal(region) - 1;
      case EXPORT_REVENUE_CHANGE -> s.exportRevenue(region) / base.exportTotal(region) - 1;
      case EXPORT_SHARE -> s.exportVolume(region) / worldVolume(s);
      case COMPOSITE_PRICE_CHANGE -> s.compositePriceChange()[region];
      case WORLD_PRICE_INDEX_CHANGE -> priceIndex(base, s);
      case IMPORT_PRICE_INDEX_CHANGE -> importPriceIndex(base, s);
      case WELFARE -> s.welfare()[region];
      case CAPACITY_RENT -> rent(s);
    };
  }

  private static double worldVolume(GsimSolution s) {
    double w = 0;
    for (int i = 0; i < s.regions().size(); i++) {
      w += s.exportVolume(i);
    }
    return w;
  }

  private static double priceIndex(TradeMatrix base, GsimSolution s) {
    double[] dp = s.worldPriceChange();
    double num = 0;
    double den = 0;
    for (int i = 0; i < dp.length; i++) {
      num += base.exportTotal(i) * dp[i];
      den += base.exportTotal(i);
    }
    return num / den;
  }

  private static double importPriceIndex(TradeMatrix base, GsimSolution s) {
    double[] dp = s.compositePriceChange();
    double num = 0;
    double den = 0;
    for (int v = 0; v < dp.length; v++) {
      double e0 = base.importTotalInternal(v);
      if (e0 > 0) {
        num += e0 * dp[v];
        den += e0;
      }
    }
    return num / den;
  }

  private double rent(GsimSolution s) {
    return s.capacities().stream().filter(c -> c.exporter() == region)
        .mapToDouble(CapacityStatus::rent).sum();
  }
}
