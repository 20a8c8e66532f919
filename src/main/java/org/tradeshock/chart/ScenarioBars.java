package org.tradeshock.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.tradeshock.common.Checks;

/**
 * Bars comparing scenarios on one or more measures, e.g. Belarus export volume change, Belarus
 * revenue change and world price change, all in percent: as bars, or as dots with uncertainty intervals.
 */
public final class ScenarioBars {
  private ScenarioBars() {}

  /**
   * Builds a grouped bar chart (900x500): scenarios on the x axis, one bar colour per measure, a solid
   * line at zero. Values are not printed on the bars (a short bar has no room for one); give them in a
   * table beside the chart.
   *
   * @param yAxisTitle with units, e.g. "Change vs comparison scenario (%)"
   * @param scenarios scenario labels in display order
   * @param measures values per measure (legend name, e.g. "Belarus export volume"), one per scenario,
   *     in legend order; names of countries get their {@link Palette} colour
   * @throws IllegalArgumentException on length mismatch or non-finite values
   */
  public static CategoryChart build(
      String title, String yAxisTitle, List<String> scenarios, Map<String, double[]> measures) {
    checkCommon(title, yAxisTitle, scenarios, measures);
    CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
        .title(title).xAxisTitle("Scenario").yAxisTitle(yAxisTitle).build();
    ChartStyle.apply(chart.getStyler());
    ChartStyle.solidAnnotationLines(chart.getStyler());
    chart.getStyler().setYAxisDecimalPattern("#,##0.#");
    chart.getStyler().setAvailableSpaceFill(0.75);
    chart.getStyler().setOverlapped(false);
    // XChart writes a value inside its bar, where a short bar (a -0.9% price change) has no room.
    chart.getStyler().setLabelsVisible(false);
    int i = 0;
    for (Map.Entry<String, double[]> e : measures.entrySet()) {
      CategorySeries s = chart.addSeries(e.getKey(), scenarios, list(e.getValue()));
      s.setFillColor(Palette.colorFor(e.getKey(), i++));
    }
    chart.addAnnotation(new AnnotationLine(0, false, false));
    return chart;
  }

  /**
   * Builds a forest plot (900x500) of the same results with intervals: one row per scenario (the first
   * on top), one colour per measure, each point value a dot and each interval a horizontal whisker drawn
   * exactly from its lower to its upper bound (asymmetric intervals stay asymmetric), a solid line at
   * zero.
   *
   * @param yAxisTitle the title of the value axis, which is horizontal here, e.g. "Change vs
   *     comparison scenario (%)"
   * @param low lower interval bounds per measure, e.g. P5 (same keys as {@code measures})
   * @param high upper interval bounds per measure, e.g. P95 (same keys as {@code measures}); a point
   *     value outside its interval is drawn where it is
   * @return the chart; the whisker of a measure in a scenario is the series named {@code measure + " | "
   *     + scenario + " | interval"}, left out of the legend
   * @throws IllegalArgumentException on length mismatch, non-finite values, repeated scenario labels or a
   *     lower bound above its upper bound
   * @see #build(String, String, List, Map)
   */
  public static XYChart build(
      String title, String yAxisTitle, List<String> scenarios, Map<String, double[]> measures,
      Map<String, double[]> low, Map<String, double[]> high) {
    checkCommon(title, yAxisTitle, scenarios, measures);
    return IntervalPlot.build(title, yAxisTitle, scenarios, measures, low, high);
  }

  private static void checkCommon(String title, String yAxisTitle, List<String> scenarios, Map<String, double[]> measures) {
    Checks.nonBlank("scenario bars title", title);
    Checks.nonBlank("scenario bars y axis title", yAxisTitle);
    Checks.check(!scenarios.isEmpty(), "scenario bars need at least one scenario");
    Axes.checkSeries("scenario bars", measures, scenarios.size());
  }

  private static List<Double> list(double[] values) {
    List<Double> out = new ArrayList<>(values.length);
    for (double v : values) {
      out.add(v);
    }
    return out;
  }
}
