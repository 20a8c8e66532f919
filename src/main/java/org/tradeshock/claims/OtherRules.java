package org.tradeshock.claims;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tradeshock.datasets.BundledDatasets;
import org.tradeshock.datasets.Claim;
import org.tradeshock.datasets.ClaimRule;
import org.tradeshock.datasets.PricePoint;
import org.tradeshock.datasets.Production;
import org.tradeshock.datasets.TimelineEvent;

/** The production, price and timeline rules. */
final class OtherRules {
  private final BundledDatasets data;

  OtherRules(BundledDatasets data) {
    this.data = data;
  }

  ClaimVerdict productionVsReference(Claim c) {
    String country = c.param("country");
    int year = Integer.parseInt(c.param("year"));
    String refEdition = c.param("reference_edition");
    List<Production> ref = data.production().stream()
        .filter(p -> p.iso3().equals(country) && p.edition().equals(refEdition))
        .filter(p -> ClaimRule.years("reference_years", c.param("reference_years")).contains(p.year()))
        .collect(Collectors.toList());
    if (ref.isEmpty()) {
      return new ClaimVerdict(c, Verdict.NOT_CHECKABLE, String.format(Locale.ROOT,
          "no %s production of %s in %s in the bundled data", refEdition, country,
          c.param("reference_years")), Map.of());
    }
    double mean = ref.stream().mapToDouble(Production::ktK2o).average().orElseThrow();
    long imputed = ref.stream().filter(Production::estimated).count();
    Map<String, Double> computed = new LinkedHashMap<>();
    computed.put("reference kt", mean);
    List<Double> dev = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    Map<String, Verdict> byEdition = new LinkedHashMap<>();
    for (String edition : c.param("editions").split(",")) {
      Optional<Production> p = data.production().stream()
          .filter(x -> x.iso3().equals(country) && x.year() == year && x.edition().equals(edition.trim()))
          .findFirst();
      if (p.isEmpty()) {
        parts.add(edition.trim() + ": no value");
        continue;
      }
      double pct = 100 * p.get().ktK2o() / mean;
      double d = Math.abs(pct - c.quantity());
      dev.add(d);
      computed.put(edition.trim() + " kt", p.get().ktK2o());
      computed.put(edition.trim() + " percent", pct);
      Verdict v = Tolerance.classify(List.of(d), c.tolerance());
      byEdition.put(edition.trim(), v);
      parts.add(String.format(Locale.ROOT, "%s %d: %,.0f kt K2O%s = %.1f%% of reference (%s)",
          edition.trim(), year, p.get().ktK2o(), p.get().estimated() ? " (estimate)" : "", pct, v));
    }
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "%s production; reference = mean of %s %s = %,.0f kt K2O (%d of %d values are estimates/imputations); ",
        country, refEdition, c.param("reference_years"), mean, imputed, ref.size()));
    sb.append(String.join("; ", parts));
    sb.append(String.format(Locale.ROOT, ". Claimed %.0f%% ± %.0f pp", c.quantity(), c.tolerance()));
    if (byEdition.values().stream().distinct().count() > 1) {
      sb.append("; the verdict depends on the edition: the later revision changes it");
    }
    return new ClaimVerdict(c, Tolerance.classify(dev, c.tolerance()), sb.toString(), computed);
  }

  ClaimVerdict priceMaxSince(Claim c) {
    int since = Integer.parseInt(c.param("since"));
    String at = c.param("at");
    List<PricePoint> monthly = data.prices().stream()
        .filter(p -> p.frequency() == PricePoint.Frequency.MONTHLY && p.year() >= since)
        .sorted(Comparator.comparing(PricePoint::period)).collect(Collectors.toList());
    Optional<PricePoint> atPoint = monthly.stream().filter(p -> p.period().equals(at)).findFirst();
    if (atPoint.isEmpty()) {
      return new ClaimVerdict(c, Verdict.NOT_CHECKABLE,
          "no monthly price for " + at + " in the bundled data", Map.of());
    }
    double atValue = atPoint.get().usdPerT();
    PricePoint max = monthly.stream().max(Comparator.comparingDouble(PricePoint::usdPerT)).orElseThrow();
    String first = monthly.get(0).period();
    Map<String, Double> computed = new LinkedHashMap<>();
    computed.put("price " + at, atValue);
    computed.put("monthly max", max.usdPerT());
    String head = String.format(Locale.ROOT, "KCl %s: %.2f USD/t (%s); monthly maximum %s..%s: %.2f USD/t in %s",
        at, atValue, atPoint.get().basis(), first, monthly.get(monthly.size() - 1).period(),
        max.usdPerT(), max.period());
    String basisBefore = data.prices().stream()
        .filter(x -> x.year() >= since && x.period().compareTo(at) < 0
            && !x.basis().startsWith(atPoint.get().basis()))
        .map(PricePoint::basis).findFirst().orElse(null);
    if (basisBefore != null) {
      // The series splices two price bases; a maximum across them compares different markets.
      head += String.format(Locale.ROOT, " [basis changes: earlier prices are %s]", basisBefore);
    }
    if (max.usdPerT() > atValue) {
      return new ClaimVerdict(c, Verdict.CONTRADICTED, head, computed);
    }
    if (Integer.parseInt(first.substring(0, 4)) <= since) {
      return new ClaimVerdict(c, Verdict.SUPPORTED, head, computed);
    }
    // Monthly prices before the first bundled month are not available: compare with annual means.
    int firstMonthlyYear = Integer.parseInt(first.substring(0, 4));
    List<PricePoint> annual = data.prices().stream()
        .filter(p -> p.frequency() == PricePoint.Frequency.ANNUAL && p.year() >= since
            && p.year() < firstMonthlyYear)
        .sorted(Comparator.comparing(PricePoint::period)).collect(Collectors.toList());
    Optional<PricePoint> annualMax = annual.stream().max(Comparator.comparingDouble(PricePoint::usdPerT));
    if (annualMax.isPresent() && annualMax.get().usdPerT() >= atValue) {
      computed.put("annual max before monthly", annualMax.get().usdPerT());
      return new ClaimVerdict(c, Verdict.CONTRADICTED, head + String.format(Locale.ROOT,
          "; but the %s annual mean was already %.2f USD/t", annualMax.get().period(),
          annualMax.get().usdPerT()), computed);
    }
    annualMax.ifPresent(p -> computed.put("annual max before monthly", p.usdPerT()));
    String coverage = annual.isEmpty() ? "no annual prices either"
        : String.format(Locale.ROOT, "annual means %s-%s peak at %.2f USD/t (%s), below it, but annual means "
            + "cannot rule out a higher single month", annual.get(0).period(),
            annual.get(annual.size() - 1).period(), annualMax.get().usdPerT(), annualMax.get().period());
    return new ClaimVerdict(c, Verdict.PARTLY_SUPPORTED, head + String.format(Locale.ROOT,
        "; monthly data before %s are not bundled (claim reaches back to %d): %s", first, since, coverage),
        computed);
  }

  ClaimVerdict timelineEvent(Claim c) {
    String actor = c.param("actor");
    TimelineEvent.Kind kind = TimelineEvent.Kind.valueOf(c.param("kind").toUpperCase(Locale.ROOT));
    String date = c.param("date");
    double tol = Double.isNaN(c.tolerance()) ? 0 : c.tolerance();
    List<TimelineEvent> hits = data.timeline().stream()
        .filter(e -> e.actor().equals(actor) && e.kind() == kind && near(e.date(), date, tol))
        .collect(Collectors.toList());
    Map<String, Double> computed = new LinkedHashMap<>();
    computed.put("matching events", (double) hits.size());
    if (hits.isEmpty()) {
      List<TimelineEvent> close = data.timeline().stream()
          .filter(e -> e.actor().equals(actor) && (near(e.date(), date, 2 * tol)
              && (e.kind() == kind || near(e.date(), date, tol))))
          .collect(Collectors.toList());
      String seen = close.stream().map(OtherRules::describe).collect(Collectors.joining(", "));
      return new ClaimVerdict(c, close.isEmpty() ? Verdict.CONTRADICTED : Verdict.PARTLY_SUPPORTED,
          String.format(Locale.ROOT, "no %s %s event at %s (tolerance %.0f days) in timeline.csv%s",
              actor, c.param("kind"), date, tol, close.isEmpty() ? "" : "; nearby: " + seen), computed);
    }
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s %s events at %s: %s", actor,
        c.param("kind"), date, hits.stream().map(OtherRules::describe).collect(Collectors.joining(", "))));
    Map<String, String> p = c.paramMap();
    Verdict verdict = Verdict.SUPPORTED;
    if (p.containsKey("absent_actor")) {
      LocalDate from = hits.stream().map(TimelineEvent::date).min(Comparator.naturalOrder()).orElseThrow();
      TimelineEvent.Kind absentKind = TimelineEvent.Kind.valueOf(
          p.getOrDefault("absent_kind", "relief").toUpperCase(Locale.ROOT));
      List<TimelineEvent> against = data.timeline().stream()
          .filter(e -> e.actor().equals(p.get("absent_actor")) && e.kind() == absentKind
              && !e.date().isBefore(from)).collect(Collectors.toList());
      computed.put("contrary events", (double) against.size());
      if (against.isEmpty()) {
        sb.append(String.format(Locale.ROOT, "; no %s %s event on or after %s", p.get("absent_actor"),
            absentKind.name().toLowerCase(Locale.ROOT), from));
      } else {
        verdict = Verdict.PARTLY_SUPPORTED;
        sb.append("; but contrary events: ").append(
            against.stream().map(OtherRules::describe).collect(Collectors.joining(", ")));
      }
    }
    return new ClaimVerdict(c, verdict, sb.toString(), computed);
  }

  private static boolean near(LocalDate d, String date, double toleranceDays) {
    if (date.length() == 7) {
      return YearMonth.from(d).equals(YearMonth.parse(date));
    }
    return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(date), d)) <= toleranceDays;
  }

  private static String describe(TimelineEvent e) {
    return e.eventId() + " (" + e.date() + ", " + e.status().name().toLowerCase(Locale.ROOT) + ")";
  }
}
