package org.tradeshock.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.tradeshock.common.Checks;

/**
 * Bars comparing scenarios on one or more measures, e.g. Belarus export volume change, Belarus
 * revenue change and world price change, all in percent, with optional uncertainty intervals.
 */
public final class ScenarioBars {
  private ScenarioBars() {}

  /**
   * Bars without intervals; see {@link #build(String, String, List, Map, Map, Map)}.
   */
  public static CategoryChart build(
      String title, String yAxisTitle, List<String> scenarios, Map<String, double[]> measures) {
    return build(title, yAxisTitle, scenarios, measures, Map.of(), Map.of());
  }

  /**
   * Builds a grouped bar chart (900x500): scenarios on the x axis, one bar colour per measure,
   * values printed on bars when there are no intervals, a solid line at zero.
   *
   * @param yAxisTitle with units, e.g. "Change vs baseline (%)"
   * @param scenarios scenario labels in display order
   * @param measures values per measure (legend name, e.g. "Belarus export volume"), one per scenario,
   *     in legend order; names of countries get their {@link Palette} colour
   * @param low lower interval bounds per measure (same keys as {@code measures} or empty)
   * @param high upper interval bounds per measure (same keys as {@code low})
   * @return the chart. XChart draws symmetric error bars only, so an asymmetric interval is drawn
   *     with its larger half-width (conservative); report the exact bounds in a table.
   * @throws IllegalArgumentException on length mismatch, non-finite values or bounds not around the value
   */
  public static CategoryChart build(
      String title, String yAxisTitle, List<String> scenarios, Map<String, double[]> measures,
      Map<String, double[]> low, Map<String, double[]> high) {
    Checks.nonBlank("scenario bars title", title);
    Checks.nonBlank("scenario bars y axis title", yAxisTitle);
    Checks.check(!scenarios.isEmpty(), "scenario bars need at least one scenario");
    Axes.checkSeries("scenario bars", measures, scenarios.size());
    Checks.check(low.keySet().equals(high.keySet()), "scenario bars: low and high must name the same measures");
    Checks.check(low.isEmpty() || low.keySet().equals(measures.keySet()),
        "scenario bars: intervals must be given for all measures %s or none, got %s", measures.keySet(), low.keySet());
    Axes.checkSeries("scenario bars low", low.isEmpty() ? measures : low, scenarios.size());
    Axes.checkSeries("scenario bars high", high.isEmpty() ? measures : high, scenarios.size());

    CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
        .title(title).xAxisTitle("Scenario").yAxisTitle(yAxisTitle).build();
    ChartStyle.apply(chart.getStyler());
    ChartStyle.solidAnnotationLines(chart.getStyler());
    chart.getStyler().setYAxisDecimalPattern("#,##0.#");
    chart.getStyler().setAvailableSpaceFill(0.75);
    chart.getStyler().setOverlapped(false);
    boolean intervals = !low.isEmpty();
    chart.getStyler().setLabelsVisible(!intervals);
    chart.getStyler().setLabelsFont(new java.awt.Font(ChartStyle.FONT, java.awt.Font.PLAIN, 12));
    // Light text on dark bars, dark text on light bars.
    chart.getStyler().setLabelsFontColorAutomaticEnabled(true);
    chart.getStyler().setLabelsPosition(0.85);
    chart.getStyler().setErrorBarsColor(Palette.MARKER);
    int i = 0;
    for (Map.Entry<String, double[]> e : measures.entrySet()) {
      List<Double> values = list(e.getValue());
      CategorySeries s = intervals
          ? chart.addSeries(e.getKey(), scenarios, values, halfWidths(e.getKey(), e.getValue(), low.get(e.getKey()), high.get(e.getKey())))
          : chart.addSeries(e.getKey(), scenarios, values);
      s.setFillColor(Palette.colorFor(e.getKey(), i++));
    }
    chart.addAnnotation(new AnnotationLine(0, false, false));
    return chart;
  }

  private static List<Double> halfWidths(String name, double[] values, double[] low, double[] high) {
    List<Double> out = new ArrayList<>();
    for (int j = 0; j < values.length; j++) {
      Checks.check(low[j] <= values[j] + 1e-12 && values[j] <= high[j] + 1e-12,
          "scenario bars: measure '%s', scenario %d: interval [%s, %s] does not contain the value %s",
          name, j, low[j], high[j], values[j]);
      out.add(Math.max(values[j] - low[j], high[j] - values[j]));
    }
    return out;
  }

  private static List<Double> list(double[] values) {
    List<Double> out = new ArrayList<>(values.length);
    for (double v : values) {
      out.add(v);
    }
    return out;
  }
}
