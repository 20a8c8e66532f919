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
   * One country's changes versus the scenario it is compared with, all in USD million (negative means a
   * loss).
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

  /** The y axis title: every change is against the scenario the charted one is compared with. */
  static final String Y_AXIS_TITLE = "Change vs comparison scenario (USD million)";

  /** Degrees by which country names are slanted. */
  static final int LABEL_ROTATION = 35;

  private static final int NET = 3;

  private WelfareBars() {}

  /**
   * Builds the chart (900x500) titled {@code title + " - " + scenario}. Country names are slanted so
   * long ones do not run into each other; a measure that is zero for every country (e.g. wedge revenue
   * when no wedge is collected) gets neither bars nor a legend entry, except net welfare.
   *
   * @param scenario the scenario and what it is compared with, e.g. "US relief vs Sanctioned state"
   * @param rows countries in display order, at least one
   */
  public static CategoryChart build(String title, String scenario, List<Row> rows) {
    Checks.nonBlank("welfare chart title", title);
    Checks.nonBlank("welfare chart scenario", scenario);
    Checks.check(!rows.isEmpty(), "welfare chart needs at least one country");
    List<String> countries = rows.stream().map(Row::country).toList();
    Map<String, List<Double>> series = new LinkedHashMap<>();
    for (int m = 0; m < MEASURES.size(); m++) {
      List<Double> values = values(rows, m);
      if (m == NET || values.stream().anyMatch(v -> v != 0)) {
        series.put(MEASURES.get(m), values);
      }
    }

    CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
        .title(title + " - " + scenario).xAxisTitle("Country").yAxisTitle(Y_AXIS_TITLE).build();
    ChartStyle.apply(chart.getStyler());
    ChartStyle.solidAnnotationLines(chart.getStyler());
    chart.getStyler().setYAxisDecimalPattern("#,##0");
    chart.getStyler().setAvailableSpaceFill(0.8);
    chart.getStyler().setOverlapped(false);
    chart.getStyler().setXAxisLabelRotation(LABEL_ROTATION);
    for (Map.Entry<String, List<Double>> e : series.entrySet()) {
      CategorySeries s = chart.addSeries(e.getKey(), countries, e.getValue());
      int m = MEASURES.indexOf(e.getKey());
      // Net welfare in near-black so the bottom line reads first; a measure keeps its colour when another is left out.
      s.setFillColor(m == NET ? new java.awt.Color(0x33, 0x3A, 0x44) : Palette.CYCLE[m]);
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
