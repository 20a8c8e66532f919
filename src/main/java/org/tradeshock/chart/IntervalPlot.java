package org.tradeshock.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationTextPanel;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.tradeshock.common.Checks;

/**
 * Scenario results as a forest plot: one row per scenario (the first on top), one colour per measure,
 * each point value a dot and each interval a horizontal whisker from exactly its lower to exactly its
 * upper bound, however asymmetric. XChart's error bars are symmetric, so each whisker is its own line
 * series on a numeric y axis where scenario {@code k} of {@code n} sits at {@code y = n - 1 - k}, its name
 * written just above its group. Rows keep long scenario names readable, which columns of them would not.
 */
final class IntervalPlot {
  /** Height of one scenario's group of whiskers, in y units (one unit per scenario). */
  private static final double GROUP_HEIGHT = 0.5;
  /** Half-height of a whisker's end caps, in y units. */
  private static final double CAP = 0.05;

  private IntervalPlot() {}

  static XYChart build(
      String title, String xAxisTitle, List<String> scenarios, Map<String, double[]> measures,
      Map<String, double[]> low, Map<String, double[]> high) {
    Checks.check(new HashSet<>(scenarios).size() == scenarios.size(),
        "scenario intervals: scenario labels must be distinct but were %s", scenarios);
    Checks.check(low.keySet().equals(measures.keySet()) && high.keySet().equals(measures.keySet()),
        "scenario intervals: low and high must name the measures %s, got %s and %s",
        measures.keySet(), low.keySet(), high.keySet());
    Axes.checkSeries("scenario intervals low", low, scenarios.size());
    Axes.checkSeries("scenario intervals high", high, scenarios.size());

    XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
        .title(title).xAxisTitle(xAxisTitle).yAxisTitle("").build();
    ChartStyle.apply(chart.getStyler());
    ChartStyle.solidAnnotationLines(chart.getStyler());
    chart.getStyler().setPlotGridVerticalLinesVisible(true);
    chart.getStyler().setPlotGridHorizontalLinesVisible(false);
    chart.getStyler().setXAxisDecimalPattern("#,##0.#");
    chart.getStyler().setMarkerSize(9);
    int n = scenarios.size();
    chart.getStyler().setYAxisMin(-0.5).setYAxisMax(n - 0.5);
    // The y axis has no ticks: XChart cannot put a named tick at each whole y (its tick search skips
    // an axis whose two ends format alike), so each scenario is named above its group instead.
    chart.getStyler().setYAxisTicksVisible(false);
    chart.getStyler().setAnnotationTextPanelFont(new Font(ChartStyle.FONT, Font.BOLD, 13));
    chart.getStyler().setAnnotationTextPanelFontColor(new Color(0x1F, 0x23, 0x28));
    chart.getStyler().setAnnotationTextPanelBackgroundColor(Color.WHITE);
    chart.getStyler().setAnnotationTextPanelBorderColor(Color.WHITE);
    chart.getStyler().setAnnotationTextPanelPadding(2);
    // A point value may lie outside its interval (it is the deterministic solve, not a percentile).
    setXRange(chart, Math.min(Axes.min(low), Axes.min(measures)), Math.max(Axes.max(high), Axes.max(measures)));

    int j = 0;
    for (Map.Entry<String, double[]> e : measures.entrySet()) {
      String name = e.getKey();
      Color colour = Palette.colorFor(name, j);
      double[] y = new double[n];
      for (int k = 0; k < n; k++) {
        y[k] = position(n, k, j, measures.size());
        XYSeries whisker = chart.addSeries(whiskerName(name, scenarios.get(k)),
            whiskerX(name, scenarios.get(k), low.get(name)[k], high.get(name)[k]), whiskerY(y[k]));
        whisker.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        whisker.setMarker(SeriesMarkers.NONE);
        whisker.setLineColor(colour);
        whisker.setLineStyle(ChartStyle.solid(2.2f));
        whisker.setShowInLegend(false);
      }
      XYSeries dots = chart.addSeries(name, e.getValue(), y);
      dots.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      dots.setMarker(SeriesMarkers.CIRCLE);
      dots.setMarkerColor(colour);
      j++;
    }
    chart.addAnnotation(new AnnotationLine(0, true, false));
    double left = chart.getStyler().getXAxisMin();
    for (int k = 0; k < n; k++) {
      chart.addAnnotation(new AnnotationTextPanel(scenarios.get(k), left, nameY(n, k), false));
    }
    return chart;
  }

  /** The name of the hidden series that draws one measure's interval in one scenario. */
  static String whiskerName(String measure, String scenario) {
    return measure + " | " + scenario + " | interval";
  }

  /** The y of measure {@code j} of {@code m} in scenario {@code k} of {@code n}: the first measure on top. */
  static double position(int n, int k, int j, int m) {
    double row = n - 1 - k;
    return m == 1 ? row : row + GROUP_HEIGHT / 2 - GROUP_HEIGHT * j / (m - 1);
  }

  /** The y of the bottom of scenario {@code k}'s name: just above the caps of its top whisker. */
  static double nameY(int n, int k) {
    return n - 1 - k + GROUP_HEIGHT / 2 + CAP + 0.03;
  }

  /** The y of the top of the caps of the top whisker in scenario {@code k}'s group. */
  static double groupTop(int n, int k) {
    return n - 1 - k + GROUP_HEIGHT / 2 + CAP;
  }

  /** The y of the bottom of the caps of the lowest whisker in scenario {@code k}'s group. */
  static double groupBottom(int n, int k) {
    return n - 1 - k - GROUP_HEIGHT / 2 - CAP;
  }

  /** A cap at the lower bound, the whisker across to the upper bound, a cap there: in drawing order. */
  private static double[] whiskerY(double y) {
    return new double[] {y - CAP, y + CAP, y, y, y - CAP, y + CAP};
  }

  private static double[] whiskerX(String measure, String scenario, double low, double high) {
    Checks.check(low <= high, "scenario intervals: measure '%s', scenario '%s': lower bound %s is above upper bound %s",
        measure, scenario, low, high);
    return new double[] {low, low, low, high, high, high};
  }

  /** From the lowest bound or value to the highest (and zero), with room so caps and dots clear the frame. */
  private static void setXRange(XYChart chart, double min, double max) {
    double lo = Math.min(0, min);
    double hi = Math.max(0, max);
    double pad = hi > lo ? 0.04 * (hi - lo) : 1;
    chart.getStyler().setXAxisMin(lo < 0 ? lo - pad : 0.0);
    chart.getStyler().setXAxisMax(hi > 0 ? hi + pad : pad);
  }
}
