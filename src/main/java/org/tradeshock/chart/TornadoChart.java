package org.tradeshock.chart;

import java.awt.BasicStroke;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.tradeshock.common.Checks;

/**
 * A tornado chart: for each parameter, a horizontal bar from the output at the parameter's low end
 * to the output at its high end, widest on top and named in the legend, with the central output as
 * a dashed vertical line.
 */
public final class TornadoChart {
  private TornadoChart() {}

  /**
   * One parameter's swing.
   *
   * @param name parameter label, e.g. "substitution (3.79 to 18.58)"
   * @param lowOutput the output with the parameter at its low end
   * @param highOutput the output with the parameter at its high end
   */
  public record Bar(String name, double lowOutput, double highOutput) {
    /** Validates the name and values. */
    public Bar {
      Checks.nonBlank("tornado bar name", name);
      Checks.finite(name + " low output", lowOutput);
      Checks.finite(name + " high output", highOutput);
    }
  }

  /**
   * Builds the chart (900x500).
   *
   * @param title chart title
   * @param xAxisTitle the output with units, e.g. "Belarus export revenue change (%)"
   * @param bars bars in display order, largest swing first (at least one)
   * @param central the output with every parameter at its central value
   */
  public static XYChart build(String title, String xAxisTitle, List<Bar> bars, double central) {
    Checks.check(!bars.isEmpty(), "a tornado chart needs at least one bar");
    XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
        .xAxisTitle(xAxisTitle).yAxisTitle("").build();
    ChartStyle.apply(chart.getStyler());
    // Bars are named in the legend (XChart cannot label a numeric y axis by category reliably).
    chart.getStyler().setLegendVisible(true);
    chart.getStyler().setYAxisTicksVisible(false);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(bars.size() + 1.0);
    chart.getStyler().setXAxisDecimalPattern("#,##0.#");
    int n = bars.size();
    for (int k = 0; k < n; k++) {
      Bar b = bars.get(k);
      double y = n - k;
      XYSeries s = chart.addSeries(b.name(), new double[] {b.lowOutput(), b.highOutput()}, new double[] {y, y});
      s.setMarker(SeriesMarkers.NONE);
      s.setLineColor(Palette.CYCLE[k % Palette.CYCLE.length]);
      s.setLineStyle(new BasicStroke(22f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
    }
    XYSeries c = chart.addSeries("central", new double[] {central, central}, new double[] {0.3, n + 0.7});
    c.setMarker(SeriesMarkers.NONE);
    c.setLineColor(Palette.MARKER);
    c.setLineStyle(ChartStyle.dashed());
    c.setShowInLegend(false);
    return chart;
  }

  /** A parameter label with its range, e.g. "substitution (3.79 to 18.58)". */
  public static String label(String name, double low, double high) {
    return String.format(Locale.ROOT, "%s (%s to %s)", name, trim(low), trim(high));
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
