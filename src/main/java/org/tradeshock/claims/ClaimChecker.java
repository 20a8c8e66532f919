package org.tradeshock.claims;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.tradeshock.datasets.BundledDatasets;
import org.tradeshock.datasets.Claim;

/**
 * Checks news claims against the bundled datasets and says how well the data back each one.
 *
 * <p>Rules (named in claims.csv, see {@link org.tradeshock.datasets.ClaimRule}); the numeric ones
 * compare each computed value with the claimed {@code quantity}: SUPPORTED when all deviations are
 * within {@code tolerance}, PARTLY_SUPPORTED when some are or all are within twice the tolerance,
 * CONTRADICTED otherwise.
 *
 * <ul>
 *   <li>{@code export_share}: 100 × exports of the exporter (or the {@code +}-joined group) ÷ sum of
 *       all countries' exports, for each measure ({@code tonnes_MOP}, {@code value_MOP},
 *       {@code tonnes_K2O}) and year; tolerance in percentage points; measure-years without data
 *       are listed and skipped.
 *   <li>{@code export_change_pct}: 100 × (exports in {@code to} − in {@code from}) ÷ in
 *       {@code from}; tolerance in percentage points.
 *   <li>{@code export_level}: exports per year in Mt (tonnes) or USD bn (value); the deviation is
 *       the distance outside [{@code min}, {@code max}] (or from {@code quantity}).
 *   <li>{@code production_vs_reference}: production in {@code year} by each edition as percent of
 *       the mean of {@code reference_edition} over {@code reference_years}; one deviation per
 *       edition, so disagreeing editions give PARTLY_SUPPORTED and the evidence says so.
 *   <li>{@code price_max_since}: the monthly price at {@code at} must be the maximum of the monthly
 *       series since {@code since}; SUPPORTED when monthly data reach back that far,
 *       PARTLY_SUPPORTED when only annual means cover the earlier years (and are lower),
 *       CONTRADICTED when any bundled price is higher.
 *   <li>{@code timeline_event}: an event of {@code actor} and {@code kind} in month
 *       {@code date} (YYYY-MM) or within {@code tolerance} days of it (YYYY-MM-DD); optional
 *       {@code absent_actor}/{@code absent_kind} must have no such event on or after it.
 *       PARTLY_SUPPORTED when only an event within twice the tolerance, or another kind on the day,
 *       exists, or when the absent condition fails.
 *   <li>{@code not_checkable}: NOT_CHECKABLE with {@code reason}.
 * </ul>
 */
public final class ClaimChecker {
  private final BundledDatasets data;
  private final TradeRules trade;
  private final OtherRules other;

  /** Creates a checker over {@code data}. */
  public ClaimChecker(BundledDatasets data) {
    this.data = Objects.requireNonNull(data, "data");
    this.trade = new TradeRules(data.tradeTotals());
    this.other = new OtherRules(data);
  }

  /** Checks one claim with its rule. */
  public ClaimVerdict check(Claim claim) {
    return switch (claim.rule()) {
      case EXPORT_SHARE -> trade.share(claim);
      case EXPORT_CHANGE_PCT -> trade.change(claim);
      case EXPORT_LEVEL -> trade.level(claim);
      case PRODUCTION_VS_REFERENCE -> other.productionVsReference(claim);
      case PRICE_MAX_SINCE -> other.priceMaxSince(claim);
      case TIMELINE_EVENT -> other.timelineEvent(claim);
      case NOT_CHECKABLE -> new ClaimVerdict(claim, Verdict.NOT_CHECKABLE,
          "not checkable with the bundled data: " + claim.param("reason"), java.util.Map.of());
    };
  }

  /** Checks every claim of the datasets, in file order. */
  public List<ClaimVerdict> checkAll() {
    return data.claims().stream().map(this::check).collect(Collectors.toList());
  }
}
