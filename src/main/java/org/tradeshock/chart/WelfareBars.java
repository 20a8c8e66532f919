package org.tradeshock.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.tradeshock.common.Checks;

/**
 * Welfare effects of one scenario by country: producer surplus, consumer surplus, wedge (tariff) revenue
 * and net welfare change, in USD million, as grouped bars with a solid zero line so losses stand out.
 */
public final class WelfareBars {
  /**
   * One country's changes versus baseline, all in USD million (negative means a loss).
   *
   * @param country country or group name, e.g. "Belarus", "Rest of world"
   * @param producerSurplus change in producer surplus
   * @param consumerSurplus change in consumer surplus
   * @param revenue change in tariff or wedge revenue collected by the country as importer
   * @param netWelfare net welfare change (typically producer plus consumer surplus)
   */
  public record Row(String country, double producerSurplus, double consumerSurplus, double revenue, double netWelfare) {
    /** Validates the name and that all values are finite. */
    public Row {
      Checks.nonBlank("welfare row country", country);
      Checks.finite(country + " producer surplus", producerSurplus);
      Checks.finite(country + " consumer surplus", consumerSurplus);
      Checks.finite(country + " revenue", revenue);
      Checks.finite(country + " net welfare", netWelfare);
    }
  }

  /** Legend names of the four measures, in bar order. */
  public static final List<String> MEASURES =
      List.of("Producer surplus", "Consumer surplus", "Wedge revenue", "Net welfare");

  private WelfareBars() {}

  /**
   * Builds the chart (900x500) titled {@code title + " - " + scenario}.
   *
   * @param rows countries in display order, at least one
   */
  public static CategoryChart build(String title, String scenario, List<Row> rows) {
    Checks.nonBlank("welfare chart title", title);
    Checks.nonBlank("welfare chart scenario", scenario);
    Checks.check(!rows.isEmpty(), "welfare chart needs at least one country");
    List<String> countries = rows.stream().map(Row::country).toList();
    Map<String, List<Double>> series = new LinkedHashMap<>();
    series.put(MEASURES.get(0), values(rows, 0));
    series.put(MEASURES.get(1), values(rows, 1));
    series.put(MEASURES.get(2), values(rows, 2));
    series.put(MEASURES.get(3), values(rows, 3));

    CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
        .title(title + " - " + scenario).xAxisTitle("Country").yAxisTitle("Change vs baseline (USD million)").build();
    ChartStyle.apply(chart.getStyler());
    ChartStyle.solidAnnotationLines(chart.getStyler());
    chart.getStyler().setYAxisDecimalPattern("#,##0");
    chart.getStyler().setAvailableSpaceFill(0.8);
    chart.getStyler().setOverlapped(false);
    int i = 0;
    for (Map.Entry<String, List<Double>> e : series.entrySet()) {
      CategorySeries s = chart.addSeries(e.getKey(), countries, e.getValue());
      // Net welfare in near-black so the bottom line reads first.
      s.setFillColor(i == 3 ? new java.awt.Color(0x33, 0x3A, 0x44) : Palette.CYCLE[i]);
      i++;
    }
    chart.addAnnotation(new AnnotationLine(0, false, false));
    return chart;
  }

  private static List<Double> values(List<Row> rows, int measure) {
    List<Double> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(switch (measure) {
        case 0 -> r.producerSurplus();
        case 1 -> r.consumerSurplus();
        case 2 -> r.revenue();
        default -> r.netWelfare();
      });
    }
    return out;
  }
}
