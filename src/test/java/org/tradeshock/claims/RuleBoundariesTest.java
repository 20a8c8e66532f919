package org.tradeshock.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.tradeshock.datasets.BundledDatasets;
import org.tradeshock.datasets.Claim;
import org.tradeshock.datasets.ClaimRule;
import org.tradeshock.datasets.PricePoint;
import org.tradeshock.datasets.Production;
import org.tradeshock.datasets.TimelineEvent;
import org.tradeshock.datasets.TradeTotal;

class RuleBoundariesTest {
  // Hand-made: A exports 20 t in 2019 and 30 t in 2020 of a 100 t world; B exports the rest.
  private static final BundledDatasets DATA = new BundledDatasets(
      List.of(trade(2019, "AAA", 20), trade(2019, "BBB", 80), trade(2020, "AAA", 30),
          trade(2020, "BBB", 70)),
      List.of(prod(2019, "ref", 100), prod(2020, "ref", 100), prod(2024, "early", 95),
          prod(2024, "late", 70)),
      List.of(price("2019-01", 100), price("2019-02", 300), price("2019-03", 200)),
      List.of(new TimelineEvent(LocalDate.of(2022, 2, 1), "halt", "LTU", TimelineEvent.Kind.LOGISTICS,
          "transit halt", "", "test", TimelineEvent.Status.VERIFIED)),
      List.of(), List.of(), List.of());

  static Stream<Arguments> cases() {
    return Stream.of(
        // share 20 % in 2019: |20-21| = 1 <= 1
        Arguments.of(ClaimRule.EXPORT_SHARE, 21, "exporter=AAA;years=2019;measures=tonnes_MOP", 1,
            Verdict.SUPPORTED),
        // |20-22| = 2 <= 2 x 1
        Arguments.of(ClaimRule.EXPORT_SHARE, 22, "exporter=AAA;years=2019;measures=tonnes_MOP", 1,
            Verdict.PARTLY_SUPPORTED),
        // |20-22.5| = 2.5 > 2
        Arguments.of(ClaimRule.EXPORT_SHARE, 22.5, "exporter=AAA;years=2019;measures=tonnes_MOP", 1,
            Verdict.CONTRADICTED),
        // 2019 within (|20-20|), 2020 beyond twice (|30-20| = 10): some within
        Arguments.of(ClaimRule.EXPORT_SHARE, 20, "exporter=AAA;years=2019-2020;measures=tonnes_MOP", 1,
            Verdict.PARTLY_SUPPORTED),
        // group share AAA+BBB = 100 %
        Arguments.of(ClaimRule.EXPORT_SHARE, 100, "exporter=AAA+BBB;years=2019;measures=tonnes_MOP", 0.1,
            Verdict.SUPPORTED),
        // change 20 -> 30 = +50 %
        Arguments.of(ClaimRule.EXPORT_CHANGE_PCT, 45, "exporter=AAA;from=2019;to=2020;measure=tonnes_MOP", 5,
            Verdict.SUPPORTED),
        Arguments.of(ClaimRule.EXPORT_CHANGE_PCT, -50, "exporter=AAA;from=2019;to=2020;measure=tonnes_MOP", 5,
            Verdict.CONTRADICTED),
        // level in Mt: 20 t = 0.00002 Mt; range 0..0.00001 misses by 0.00001 <= 2 x 0.000006
        Arguments.of(ClaimRule.EXPORT_LEVEL, 0, "exporter=AAA;years=2019;measure=tonnes_MOP;min=0;max=0.00001",
            0.000006, Verdict.PARTLY_SUPPORTED),
        Arguments.of(ClaimRule.EXPORT_LEVEL, 0, "exporter=AAA;years=2019;measure=tonnes_MOP;min=0;max=0.00003",
            0.000001, Verdict.SUPPORTED),
        Arguments.of(ClaimRule.EXPORT_LEVEL, 0, "exporter=AAA;years=2019;measure=tonnes_MOP;min=1;max=2",
            0.1, Verdict.CONTRADICTED),
        // 70 % of reference is 30 pp from 100, beyond 2 x 10
        Arguments.of(ClaimRule.PRODUCTION_VS_REFERENCE, 100,
            "country=AAA;year=2024;editions=late;reference_edition=ref;reference_years=2019-2020", 10,
            Verdict.CONTRADICTED),
        // production: reference mean 100; early 95 % within 10; late 70 % beyond 20 -> one within
        Arguments.of(ClaimRule.PRODUCTION_VS_REFERENCE, 100,
            "country=AAA;year=2024;editions=early,late;reference_edition=ref;reference_years=2019-2020", 10,
            Verdict.PARTLY_SUPPORTED),
        Arguments.of(ClaimRule.PRODUCTION_VS_REFERENCE, 100,
            "country=AAA;year=2024;editions=early;reference_edition=ref;reference_years=2019-2020", 5,
            Verdict.SUPPORTED),
        // price: 2019-02 is the maximum of the monthly series from 2019
        Arguments.of(ClaimRule.PRICE_MAX_SINCE, Double.NaN, "since=2019;at=2019-02", Double.NaN,
            Verdict.SUPPORTED),
        Arguments.of(ClaimRule.PRICE_MAX_SINCE, Double.NaN, "since=2019;at=2019-03", Double.NaN,
            Verdict.CONTRADICTED),
        // the claim reaches back to 2018 but monthly prices start in 2019 and no annual mean covers 2018
        Arguments.of(ClaimRule.PRICE_MAX_SINCE, Double.NaN, "since=2018;at=2019-02", Double.NaN,
            Verdict.PARTLY_SUPPORTED),
        // timeline: exact day, within 2 days, within twice 2 days, beyond
        Arguments.of(ClaimRule.TIMELINE_EVENT, Double.NaN, "actor=LTU;kind=logistics;date=2022-02-01", 0,
            Verdict.SUPPORTED),
        Arguments.of(ClaimRule.TIMELINE_EVENT, Double.NaN, "actor=LTU;kind=logistics;date=2022-02-03", 2,
            Verdict.SUPPORTED),
        Arguments.of(ClaimRule.TIMELINE_EVENT, Double.NaN, "actor=LTU;kind=logistics;date=2022-02-05", 2,
            Verdict.PARTLY_SUPPORTED),
        Arguments.of(ClaimRule.TIMELINE_EVENT, Double.NaN, "actor=LTU;kind=logistics;date=2022-03", Double.NaN,
            Verdict.CONTRADICTED),
        Arguments.of(ClaimRule.NOT_CHECKABLE, Double.NaN, "reason=no data", Double.NaN,
            Verdict.NOT_CHECKABLE));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void classifiesAtTheToleranceBoundaries(ClaimRule rule, double quantity, String params, double tol,
      Verdict expected) {
    Claim c = new Claim("c", "claim", quantity, "unit", "p", "pub", "2025", rule, params, tol);
    assertEquals(expected, new ClaimChecker(DATA).check(c).verdict(),
        () -> new ClaimChecker(DATA).check(c).evidence());
  }

  @Test
  void computesTheShareInPercent() {
    Claim c = new Claim("c", "claim", 20, "percent", "p", "pub", "2025", ClaimRule.EXPORT_SHARE,
        "exporter=AAA;years=2019-2020;measures=tonnes_MOP", 1);
    ClaimVerdict v = new ClaimChecker(DATA).check(c);
    assertEquals(20.0, v.computed().get("tonnes_MOP 2019"), 1e-9);
    assertEquals(30.0, v.computed().get("tonnes_MOP 2020"), 1e-9);
  }

  @Test
  void rejectsAClaimWithoutToleranceForANumericRule() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Claim("c", "claim", 20,
        "percent", "p", "pub", "2025", ClaimRule.EXPORT_SHARE, "exporter=AAA;years=2019;measures=tonnes_MOP",
        Double.NaN));
    assertEquals("rule export_share needs a tolerance", e.getMessage());
  }

  private static TradeTotal trade(int year, String iso3, double tonnes) {
    return new TradeTotal(year, iso3, iso3, "export", "MOP", tonnes, 1000 * tonnes, "", "test");
  }

  private static Production prod(int year, String edition, double kt) {
    return new Production(year, "AAA", "A", kt, false, edition, "test");
  }

  private static PricePoint price(String period, double usd) {
    return new PricePoint(period, PricePoint.Frequency.MONTHLY, usd, "test basis", "test");
  }
}
