package org.tradeshock.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.tradeshock.common.Checks;

/** World export shares of named exporters over time, as lines or a stacked area, with event markers. */
public final class ShareChart {
  /** How the shares are drawn. */
  public enum Mode {
    /** One line per exporter, y from 0 to a little above the largest share. */
    LINES,
    /** Shares stacked bottom-up in map order, y from 0 to 100 %. */
    STACKED_AREA
  }

  private ShareChart() {}

  /**
   * Builds the chart (900x500).
   *
   * @param title chart title, e.g. "World potash export shares"
   * @param years calendar years, strictly increasing; annual values are plotted at the year's tick
   * @param shares share of world exports per exporter as a fraction in [0, 1] (not percent), one
   *     value per year, in legend/stacking order (use a {@link LinkedHashMap}); Belarus, Canada,
   *     Russia and Others get their fixed {@link Palette} colours
   * @param events sanctions events drawn as dashed vertical lines with labels; may be empty. Labels of
   *     events close in time are stacked in rows above the data
   * @param mode lines or stacked area
   * @return an XChart chart; y axis in percent of world export value (beyond 100 in a stacked chart
   *     with events, to make room for their labels)
   * @throws IllegalArgumentException if lengths differ, years do not increase or a share is outside [0, 1]
   */
  public static XYChart build(
      String title, int[] years, Map<String, double[]> shares, List<EventMarker> events, Mode mode) {
    Checks.nonBlank("share chart title", title);
    Checks.check(years.length >= 2, "share chart needs at least 2 years but got %d", years.length);
    for (int i = 1; i < years.length; i++) {
      Checks.check(years[i] > years[i - 1], "share chart: years must increase but %d follows %d", years[i], years[i - 1]);
    }
    Axes.checkSeries("share chart", shares, years.length);
    Checks.check(Axes.min(shares) >= -1e-9 && Axes.max(shares) <= 1 + 1e-9,
        "share chart: shares must be fractions in [0, 1] but range over [%s, %s]", Axes.min(shares), Axes.max(shares));

    XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
        .xAxisTitle("Year").yAxisTitle("Share of world exports (%)").build();
    ChartStyle.apply(chart.getStyler());
    ChartStyle.yearAxis(chart);
    chart.getStyler().setYAxisDecimalPattern("#");
    double[] x = new double[years.length];
    for (int i = 0; i < years.length; i++) {
      x[i] = years[i];
    }
    double xMax = Math.max(x[x.length - 1], Math.ceil(lastEvent(events)));
    chart.getStyler().setXAxisMin(x[0]).setXAxisMax(xMax);
    List<EventLabels.Placement> labels = EventLabels.place(events, x[0], xMax);
    // Event labels get rows of their own above the data; a stack reaches 100 % exactly.
    double top = mode == Mode.STACKED_AREA && labels.isEmpty() ? 100
        : ChartStyle.topWithRoomForLabels(mode == Mode.STACKED_AREA ? 100 : Axes.max(shares) * 100, EventLabels.rows(labels));
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(top);
    if (mode == Mode.STACKED_AREA) {
      addStacked(chart, x, shares);
    } else {
      addLines(chart, x, shares);
    }
    ChartStyle.eventMarkers(chart, labels, top);
    return chart;
  }

  private static double lastEvent(List<EventMarker> events) {
    return events.stream().mapToDouble(EventMarker::fractionalYear).max().orElse(Double.NEGATIVE_INFINITY);
  }

  private static void addLines(XYChart chart, double[] x, Map<String, double[]> shares) {
    int i = 0;
    for (Map.Entry<String, double[]> e : shares.entrySet()) {
      XYSeries s = chart.addSeries(e.getKey(), x, percent(e.getValue()));
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      s.setLineColor(Palette.colorFor(e.getKey(), i));
      s.setMarkerColor(Palette.colorFor(e.getKey(), i));
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setLineStyle(ChartStyle.solid(2.6f));
      i++;
    }
  }

  /** XChart cannot stack XY areas, so cumulative sums are drawn top-down and each lower area paints over. */
  private static void addStacked(XYChart chart, double[] x, Map<String, double[]> shares) {
    List<String> names = new ArrayList<>(shares.keySet());
    List<double[]> cumulative = new ArrayList<>();
    double[] running = new double[x.length];
    for (String name : names) {
      double[] values = percent(shares.get(name));
      for (int j = 0; j < running.length; j++) {
        running[j] += values[j];
      }
      cumulative.add(running.clone());
    }
    for (int k = names.size() - 1; k >= 0; k--) {
      String name = names.get(k);
      XYSeries s = chart.addSeries(name, x, cumulative.get(k));
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
      s.setFillColor(Palette.colorFor(name, k));
      s.setLineColor(Palette.colorFor(name, k).darker());
      s.setMarker(SeriesMarkers.NONE);
      s.setLineStyle(ChartStyle.solid(1f));
    }
  }

  private static double[] percent(double[] fractions) {
    double[] out = new double[fractions.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = fractions[i] * 100;
    }
    return out;
  }
}
