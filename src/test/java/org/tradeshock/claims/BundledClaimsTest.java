package org.tradeshock.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradeshock.datasets.BundledDatasets;

class BundledClaimsTest {
  private static Map<String, ClaimVerdict> verdicts;

  @BeforeAll
  static void checkAll() {
    verdicts = new ClaimChecker(BundledDatasets.load(Path.of("datasets"))).checkAll().stream()
        .collect(Collectors.toMap(v -> v.claim().claimId(), Function.identity()));
  }

  @Test
  void checksEveryBundledClaim() {
    assertEquals(10, verdicts.size());
  }

  @Test
  void belarusTwentyPercentShareIsPartlySupported() {
    ClaimVerdict v = verdicts.get("blr-share-world-exports-20pct");
    assertEquals(Verdict.PARTLY_SUPPORTED, v.verdict());
    // FACTS.md 2a: Belarus 20.7 % of 2019 MOP export tonnes
    assertEquals(20.7, v.computed().get("tonnes_MOP 2019"), 0.05);
    assertEquals(18.3, v.computed().get("tonnes_MOP 2018"), 0.05);
    // FACTS.md 2b: 15.3 % of FAO "World" K2O in 2018; 15.5 % of the sum over countries
    assertEquals(15.5, v.computed().get("tonnes_K2O 2018"), 0.05);
    assertTrue(v.evidence().contains("MOP tonnes 2018 18.3%, 2019 20.7%"), v.evidence());
  }

  @Test
  void ambassadorTwentyTwoAndAHalfPercentIsOnlyPartlySupported() {
    ClaimVerdict v = verdicts.get("blr-share-world-trade-22-5pct");
    assertEquals(Verdict.PARTLY_SUPPORTED, v.verdict());
    // FACTS.md 2b: 18.3 % (2020) and 16.8 % (2021) of FAO "World" K2O exports
    assertEquals(18.4, v.computed().get("tonnes_K2O 2020"), 0.05);
    assertEquals(17.0, v.computed().get("tonnes_K2O 2021"), 0.05);
  }

  @Test
  void russiaPlusBelarusFortyPercentIsPartlySupported() {
    ClaimVerdict v = verdicts.get("rus-blr-share-40pct-2020");
    assertEquals(Verdict.PARTLY_SUPPORTED, v.verdict());
    // FACTS.md 2b: (6,569 + 7,205) kt of the country sum (FAO "World" 39,465 kt gives 34.9 %)
    assertEquals(35.2, v.computed().get("tonnes_K2O 2020"), 0.05);
  }

  @Test
  void sixtyPercentFallIn2022IsSupported() {
    ClaimVerdict v = verdicts.get("blr-exports-fell-60pct-2022");
    assertEquals(Verdict.SUPPORTED, v.verdict());
    // FACTS.md 2b: Belarus K2O exports 6,940 kt (2021) -> 2,597 kt (2022)
    assertEquals(-62.6, v.computed().get("tonnes_K2O 2021-2022"), 0.05);
  }

  @Test
  void tenToTwelveMtExportsIsPartlySupported() {
    ClaimVerdict v = verdicts.get("blr-exports-10-12mt");
    assertEquals(Verdict.PARTLY_SUPPORTED, v.verdict());
    // FACTS.md 2a: 9,458 kt (2018), 10,324 kt (2019)
    assertEquals(9.458, v.computed().get("tonnes_MOP 2018"), 0.001);
    assertEquals(10.324, v.computed().get("tonnes_MOP 2019"), 0.001);
  }

  @Test
  void productionRecoveryDependsOnTheUsgsEdition() {
    ClaimVerdict v = verdicts.get("blr-production-almost-back-2024");
    assertEquals(Verdict.PARTLY_SUPPORTED, v.verdict());
    // FACTS.md 1c: FAO Belarus 7,348 (2019), 7,562 (2020, 2021 imputed) -> mean 7,491 kt
    assertEquals(7490.9, v.computed().get("reference kt"), 0.1);
    // FACTS.md 1a: 7,000e (MCS 2025) vs 5,000 (MCS 2026)
    assertEquals(93.4, v.computed().get("USGS MCS 2025 percent"), 0.05);
    assertEquals(66.7, v.computed().get("USGS MCS 2026 percent"), 0.05);
    assertTrue(v.evidence().contains("the verdict depends on the edition"), v.evidence());
  }

  @Test
  void april2022PriceIsTheMonthlyMaximumSince1960AcrossTheBasisChange() {
    ClaimVerdict v = verdicts.get("kcl-price-highest-since-1960");
    assertEquals(Verdict.SUPPORTED, v.verdict());
    // FACTS.md 3a: 2022M04 1,202.0 USD/mt; the earlier monthly peak is 682.5 (2009M04-06, Pink Sheet monthly file)
    assertEquals(1202.0, v.computed().get("price 2022-04"), 1e-9);
    assertEquals(1202.0, v.computed().get("monthly max"), 1e-9);
    assertTrue(v.evidence().contains("monthly maximum 1960-01..2026-05"), v.evidence());
    assertTrue(v.evidence().contains("basis changes: earlier prices are f.o.b. Vancouver"), v.evidence());
  }

  @Test
  void usReliefWithEuSanctionsStayingIsSupported() {
    ClaimVerdict v = verdicts.get("us-lifts-potash-sanctions-eu-stays");
    assertEquals(Verdict.SUPPORTED, v.verdict());
    assertTrue(v.evidence().contains("us-gl13-potash-relief (2025-12-15"), v.evidence());
  }

  @Test
  void klaipedaTransitHaltDateIsSupported() {
    assertEquals(Verdict.SUPPORTED, verdicts.get("lt-klaipeda-transit-cut-2022-02-01").verdict());
  }

  @Test
  void prisonerCountIsNotCheckable() {
    ClaimVerdict v = verdicts.get("blr-released-123-prisoners");
    assertEquals(Verdict.NOT_CHECKABLE, v.verdict());
    assertTrue(v.evidence().contains("not covered"), v.evidence());
  }
}
