package org.tradeshock.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.tradeshock.chart.EventMarker;
import org.tradeshock.chart.PriceChart;
import org.tradeshock.chart.ScenarioBars;
import org.tradeshock.chart.ShareChart;
import org.tradeshock.chart.WelfareBars;

/** Report fixtures for tests; the numbers are illustrative, not results. */
final class SampleReports {
  private SampleReports() {}

  /** A tiny report with every block type and one small chart; its Markdown is the golden file. */
  static Report small() {
    XYChart chart = new XYChartBuilder().width(300).height(200).title("Tiny").build();
    chart.addSeries("Belarus", new double[] {2019, 2020}, new double[] {0.2, 0.18});
    return Report.of(
        "Potash & sanctions <test>",
        "job small-test",
        Section.of(
            "summary",
            "Summary",
            Paragraph.of("Relief **lowers** the `world price`.\nSecond line & <more>."),
            BulletList.of("Exports rise", "Revenue | up"),
            Callout.warning("Baseline for 2025 is **estimated**.")),
        Section.of(
            "results",
            "Results",
            Table.builder("exports", "Exports by country")
                .text("Country")
                .number("Exports (kt)", 1)
                .row("Belarus, \"BY\"", 1234.56)
                .row("Canada", 20500.0)
                .note("Source: UN Comtrade, HS 3104.")
                .build(),
            Figure.of("shares", "Export shares", chart),
            Equation.of("q = a * p^(-eps)")));
  }

  /** The flagship report shape with all four chart factories, for the writer and the screenshot. */
  static Report flagship() {
    int[] years = {2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025};
    Map<String, double[]> shares = new LinkedHashMap<>();
    shares.put("Belarus", new double[] {.19, .18, .19, .20, .20, .20, .21, .09, .12, .13, .14});
    shares.put("Canada", new double[] {.34, .33, .32, .33, .32, .33, .34, .40, .38, .37, .37});
    shares.put("Russia", new double[] {.17, .18, .18, .19, .19, .19, .19, .18, .21, .21, .21});
    shares.put("Others", new double[] {.30, .31, .31, .28, .29, .28, .26, .33, .29, .29, .28});
    List<EventMarker> events = List.of(
        new EventMarker(LocalDate.of(2021, 8, 9), "US sanctions Aug 2021"),
        new EventMarker(LocalDate.of(2022, 2, 24), "EU ban / war Feb 2022"),
        new EventMarker(LocalDate.of(2025, 12, 1), "US relief Dec 2025"));
    List<YearMonth> months = new ArrayList<>();
    double[] prices = new double[132];
    for (int i = 0; i < prices.length; i++) {
      months.add(YearMonth.of(2015, 1).plusMonths(i));
      double t = i / 12.0;
      prices[i] = 280 + 40 * Math.sin(t) + (t > 6.3 && t < 8.5 ? 450 * Math.exp(-Math.pow(t - 7.2, 2)) : 0);
    }
    List<String> scenarios = List.of("Relief, full", "Relief, partial", "Relief + EU ban kept");
    Map<String, double[]> measures = new LinkedHashMap<>();
    measures.put("Belarus export volume", new double[] {18.5, 9.2, 6.1});
    measures.put("Belarus revenue", new double[] {12.1, 6.0, 3.9});
    measures.put("World price", new double[] {-4.2, -2.1, -1.4});
    Map<String, double[]> low = new LinkedHashMap<>();
    Map<String, double[]> high = new LinkedHashMap<>();
    low.put("Belarus export volume", new double[] {12, 6, 3});
    high.put("Belarus export volume", new double[] {24, 12, 9});
    low.put("Belarus revenue", new double[] {8, 3, 2});
    high.put("Belarus revenue", new double[] {16, 9, 6});
    low.put("World price", new double[] {-6.5, -3.5, -2.5});
    high.put("World price", new double[] {-2, -1, -0.5});
    List<WelfareBars.Row> welfare = List.of(
        new WelfareBars.Row("Belarus", 310, -5, 420, 305),
        new WelfareBars.Row("Canada", -180, -20, -240, -200),
        new WelfareBars.Row("Russia", -60, -4, -85, -64),
        new WelfareBars.Row("Brazil", 0, 150, 0, 150),
        new WelfareBars.Row("Rest of world", -30, 95, -40, 65));

    return Report.of(
        "US relief of Belarus potash sanctions: trade, price and revenue effects",
        "Job belarus-potash-relief-2025 · scenario set v1",
        Section.of("summary", "Summary",
            Paragraph.of("The December 2025 US relief lets **Belaruskali** sell to US-linked buyers again. "
                + "In the central scenario Belarus export volume rises by **18.5 %** and the world price falls by 4.2 %."),
            Callout.warning("The 2025 baseline is **estimated** from January-September trade data."),
            BulletList.of("Belarus gains most of the revenue.", "Canada and Russia lose market share.",
                "Importers (Brazil, India) gain consumer surplus.")),
        Section.of("trade", "Trade shares",
            Figure.of("shares", "World potash export shares, 2015-2025 (share of export value)",
                ShareChart.build("World potash export shares", years, shares, events, ShareChart.Mode.LINES)),
            Figure.of("shares-stacked", "The same shares, stacked",
                ShareChart.build("World potash export shares (stacked)", years, shares, events, ShareChart.Mode.STACKED_AREA))),
        Section.of("prices", "Prices",
            Figure.of("price", "Potassium chloride price, monthly",
                PriceChart.monthly("Potassium chloride price", "KCl", months, prices, events,
                    new PriceChart.BasisChange(YearMonth.of(2020, 1), "f.o.b. Vancouver", "CFR Brazil")))),
        Section.of("scenarios", "Scenarios",
            Figure.of("scenarios", "Change versus baseline by scenario, with 90 % intervals",
                ScenarioBars.build("Scenario results", "Change vs baseline (%)", scenarios, measures, low, high)),
            Figure.of("scenarios-plain", "Change versus baseline by scenario",
                ScenarioBars.build("Scenario results", "Change vs baseline (%)", scenarios, measures)),
            Table.builder("scenario-results", "Scenario results (change versus baseline, %)")
                .text("Scenario").number("Belarus volume (%)", 1).number("Belarus revenue (%)", 1).number("World price (%)", 1)
                .row("Relief, full", 18.5, 12.1, -4.2)
                .row("Relief, partial", 9.2, 6.0, -2.1)
                .row("Relief + EU ban kept", 6.1, 3.9, -1.4)
                .note("Central estimates; intervals in the CSV of the uncertainty run.")
                .build()),
        Section.of("welfare", "Welfare",
            Figure.of("welfare", "Welfare effects by country, central scenario (USD million)",
                WelfareBars.build("Welfare effects", "Relief, full", welfare)),
            Table.builder("welfare", "Welfare effects, central scenario (USD million)")
                .text("Country").number("Producer surplus", 0).number("Consumer surplus", 0)
                .number("Revenue", 0).number("Net welfare", 0)
                .row("Belarus", 310, -5, 420, 305)
                .row("Canada", -180, -20, -240, -200)
                .row("Rest of world", -30, 95, -40, 65)
                .build()),
        Section.of("methods", "Methods and parameters",
            Paragraph.of("Partial-equilibrium GSIM model with CES import demand."),
            Equation.of("q_ij = a_ij * p_ij^(-sigma) * (p_j)^(sigma - eps)\nsigma = 5.0   eps = 0.5"),
            Callout.note("Sources: UN Comtrade (HS 3104), World Bank Pink Sheet.")));
  }
}
