package org.tradeshock.ingest.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradeshock.ingest.TradeFlow;
import org.tradeshock.ingest.TradeFlow.Basis;

class MirrorReconcilerTest {
  private static ReportedFlow x(String rep, String par, double v) {
    return new ReportedFlow(2022, rep, par, true, "310420", v, Double.NaN, "x");
  }

  private static ReportedFlow m(String rep, String par, double v) {
    return new ReportedFlow(2022, rep, par, false, "310420", v, 10, "m");
  }

  // Hand-checked case (values USD, CIF margin 6%):
  //   CAN->USA: CAN reports 1,000,000 export, USA reports 1,060,000 import -> exporter report 1,000,000
  //   BLR->CHN: only CHN's import 530,000 -> 530,000 / 1.06 = 500,000 (mirror)
  //   RUS->IND: RUS's own 999 ignored (non-reporter from 2022), IND import 1,060,000 -> 1,000,000
  //   CAN->DEU: only DEU's import 212,000 -> 200,000 (mirror)
  // CAN total 1,200,000 of which 200,000 (16.7%) from mirrors; BLR and RUS 100% mirror.
  private static final List<ReportedFlow> CASE = List.of(
      x("CAN", "USA", 1_000_000), m("USA", "CAN", 1_060_000), m("CHN", "BLR", 530_000),
      m("IND", "RUS", 1_060_000), x("RUS", "IND", 999), m("DEU", "CAN", 212_000));

  @Test
  void choosesExporterReportsAndFillsNonReportersFromPartnerImports() {
    MirrorReconciler.Result r = MirrorReconciler.reconcile(CASE, MirrorRule.defaults());
    Map<String, TradeFlow> byPair = new java.util.HashMap<>();
    r.flows().forEach(f -> byPair.put(f.exporter() + ">" + f.importer(), f));
    assertEquals(4, r.flows().size());
    assertEquals(1_000_000, byPair.get("CAN>USA").valueUsd(), 1e-6);
    assertEquals(Basis.REPORTED, byPair.get("CAN>USA").basis());
    assertEquals(500_000, byPair.get("BLR>CHN").valueUsd(), 1e-6);
    assertEquals(Basis.MIRROR, byPair.get("BLR>CHN").basis());
    assertEquals(1_000_000, byPair.get("RUS>IND").valueUsd(), 1e-6);
    assertEquals(Basis.MIRROR, byPair.get("RUS>IND").basis());
    assertEquals(200_000, byPair.get("CAN>DEU").valueUsd(), 1e-6);
    assertEquals(1_200_000, r.report().of("CAN").orElseThrow().totalUsd(), 1e-6);
    assertEquals(200_000.0 / 1_200_000, r.report().of("CAN").orElseThrow().mirrorShare(), 1e-12);
    assertEquals(1.0, r.report().of("RUS").orElseThrow().mirrorShare(), 1e-12);
  }

  @Test
  void prefersTheBetterReporterWhenBothReport() {
    MirrorRule rule = MirrorRule.defaults().withQuality(Map.of("CAN", 0.5));
    TradeFlow f = MirrorReconciler.reconcile(CASE, rule).flows().stream()
        .filter(t -> t.exporter().equals("CAN") && t.importer().equals("USA")).findFirst().orElseThrow();
    assertEquals(Basis.MIRROR, f.basis());
    assertEquals(1_000_000, f.valueUsd(), 1e-6); // 1,060,000 / 1.06
    assertEquals(10, f.tonnes(), 1e-12);
  }

  @Test
  void usesTheExportersOwnReportBeforeItStoppedReporting() {
    List<ReportedFlow> r2021 = List.of(new ReportedFlow(2021, "RUS", "IND", true, "310420", 999, 1, "x"));
    TradeFlow f = MirrorReconciler.reconcile(r2021, MirrorRule.defaults()).flows().get(0);
    assertEquals(Basis.REPORTED, f.basis());
    assertEquals(999, f.valueUsd(), 1e-9);
  }

  @Test
  void keepsANonReportersOwnReportWhenNoPartnerReportedAndCountsIt() {
    // 2022: BLR and RUS are listed non-reporters, but nobody reported BLR->BRA or RUS->BRA as imports
    List<ReportedFlow> only = List.of(x("BLR", "BRA", 700_000), x("RUS", "BRA", 300_000),
        m("IND", "RUS", 1_060_000), x("RUS", "IND", 999));
    MirrorReconciler.Result r = MirrorReconciler.reconcile(only, MirrorRule.defaults());
    Map<String, TradeFlow> byPair = new java.util.HashMap<>();
    r.flows().forEach(f -> byPair.put(f.exporter() + ">" + f.importer(), f));
    assertEquals(3, r.flows().size(), "one flow per reported key, none dropped");
    assertEquals(Basis.REPORTED, byPair.get("BLR>BRA").basis());
    assertEquals(700_000, byPair.get("BLR>BRA").valueUsd(), 1e-6);
    assertEquals(300_000, byPair.get("RUS>BRA").valueUsd(), 1e-6);
    assertEquals(Basis.MIRROR, byPair.get("RUS>IND").basis(), "a partner report still wins");
    assertEquals(1, r.report().of("BLR").orElseThrow().ownReportFallbacks());
    assertEquals(1, r.report().of("RUS").orElseThrow().ownReportFallbacks());
    assertEquals(2, r.report().ownReportFallbacks());
    assertEquals(1_300_000, r.report().of("RUS").orElseThrow().totalUsd(), 1e-6); // 300,000 + 1,060,000/1.06
  }

  @Test
  void theHarmonisedRuleTakesEveryExporterReportAsIs() {
    // BACI-like input: exporter rows only, including Belarus and Russia after 2021
    List<ReportedFlow> baci = List.of(x("BLR", "CHN", 800_000), x("RUS", "BRA", 1_200_000));
    MirrorReconciler.Result r = MirrorReconciler.reconcile(baci, MirrorRule.harmonised());
    assertEquals(2, r.flows().size());
    r.flows().forEach(f -> assertEquals(Basis.REPORTED, f.basis()));
    assertEquals(0, r.report().ownReportFallbacks());
    assertEquals(0.0, r.report().of("RUS").orElseThrow().mirrorShare(), 1e-12);
  }

  private static ReportedFlow baci(String file, String importer, double v) {
    return new ReportedFlow(2021, "CAN", importer, true, "310420", v, Double.NaN, "BACI " + file);
  }

  @Test
  void theNewerReleaseWinsAKeyReportedInTwoFilesWhateverTheOrderAndIsCounted() {
    String v22 = "BACI_HS17_Y2021_V202201.csv";
    String v24 = "BACI_HS17_Y2021_V202401.csv";
    String other = "BACI_extra.csv"; // no release in the name: the oldest
    List<ReportedFlow> reports = List.of(baci(v24, "USA", 2.0), baci(v22, "USA", 1.0), baci(other, "USA", 9.0),
        baci(v22, "CHN", 5.0), baci(v22, "IND", 7.0), baci(v24, "IND", 8.0));
    MirrorReconciler.Result expected = null;
    // every rotation and the reversal of the input give the same flows and counts
    for (int rot = 0; rot < reports.size(); rot++) {
      for (boolean reverse : new boolean[] {false, true}) {
        List<ReportedFlow> in = new java.util.ArrayList<>(reports);
        java.util.Collections.rotate(in, rot);
        if (reverse) {
          java.util.Collections.reverse(in);
        }
        MirrorReconciler.Result r = MirrorReconciler.reconcile(in, MirrorRule.harmonised());
        if (expected == null) {
          expected = r;
        }
        assertEquals(expected, r, "order " + in);
      }
    }
    Map<String, TradeFlow> byImporter = new java.util.HashMap<>();
    expected.flows().forEach(f -> byImporter.put(f.importer(), f));
    assertEquals(3, expected.flows().size());
    assertEquals(2.0, byImporter.get("USA").valueUsd(), 1e-12);
    assertEquals("BACI " + v24, byImporter.get("USA").source());
    assertEquals(5.0, byImporter.get("CHN").valueUsd(), 1e-12, "only the older release has it: kept");
    assertEquals(8.0, byImporter.get("IND").valueUsd(), 1e-12);
    assertEquals(List.of(new MirrorReconciler.Superseded("BACI " + v24, "BACI " + v22, 2),
        new MirrorReconciler.Superseded("BACI " + v24, "BACI " + other, 1)), expected.superseded());
    assertEquals(3, expected.supersededRows());
    assertEquals(0, MirrorReconciler.reconcile(CASE, MirrorRule.defaults()).supersededRows());
  }
}
