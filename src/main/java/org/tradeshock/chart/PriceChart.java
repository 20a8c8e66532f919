package org.tradeshock.chart;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.tradeshock.common.Checks;

/**
 * Potash price over time with event markers and, optionally, a change of price basis (e.g. the
 * World Bank series moved from f.o.b. Vancouver to CFR Brazil in 2020): the series is then split
 * into two differently coloured series named after each basis, with a labelled line at the change.
 */
public final class PriceChart {
  /**
   * A change in what the price series measures.
   *
   * @param from the first month on the new basis
   * @param before the old basis, e.g. "f.o.b. Vancouver"
   * @param after the new basis, e.g. "CFR Brazil"
   */
  public record BasisChange(YearMonth from, String before, String after) {
    /** Validates that nothing is missing. */
    public BasisChange {
      Checks.check(from != null, "basis change month is missing");
      Checks.nonBlank("basis before", before);
      Checks.nonBlank("basis after", after);
    }
  }

  private PriceChart() {}

  /**
   * A monthly price chart (900x500); x is the fractional year of each month's start.
   *
   * @param title chart title
   * @param seriesName e.g. "Potassium chloride"
   * @param months increasing months, one per price
   * @param prices nominal USD per metric tonne, finite
   * @param events dashed vertical markers; may be empty
   * @param basisChange null when the basis never changes
   */
  public static XYChart monthly(
      String title, String seriesName, List<YearMonth> months, double[] prices,
      List<EventMarker> events, BasisChange basisChange) {
    double[] x = new double[months.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = months.get(i).getYear() + (months.get(i).getMonthValue() - 1) / 12.0;
    }
    return build(title, seriesName, x, prices, events, basisChange, false);
  }

  /**
   * An annual price chart (900x500); each annual average is plotted at its year's tick.
   *
   * @param years increasing calendar years, one per price
   * @param prices nominal USD per metric tonne, finite
   * @see #monthly(String, String, List, double[], List, BasisChange)
   */
  public static XYChart annual(
      String title, String seriesName, int[] years, double[] prices,
      List<EventMarker> events, BasisChange basisChange) {
    double[] x = new double[years.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = years[i];
    }
    return build(title, seriesName, x, prices, events, basisChange, true);
  }

  private static XYChart build(
      String title, String seriesName, double[] x, double[] prices,
      List<EventMarker> events, BasisChange basis, boolean markers) {
    Checks.nonBlank("price chart title", title);
    Checks.nonBlank("price series name", seriesName);
    Checks.check(x.length >= 2 && x.length == prices.length,
        "price chart needs at least 2 points and one price per date but got %d dates and %d prices", x.length, prices.length);
    for (int i = 0; i < x.length; i++) {
      Checks.check(i == 0 || x[i] > x[i - 1], "price chart: dates must increase, point %d does not", i);
      Checks.nonNegative("price chart: price " + i, prices[i]);
    }
    XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
        .xAxisTitle("Year").yAxisTitle("Price (USD per tonne)").build();
    ChartStyle.apply(chart.getStyler());
    ChartStyle.yearAxis(chart);
    chart.getStyler().setYAxisDecimalPattern("#,##0");
    double lastEvent = events.stream().mapToDouble(EventMarker::fractionalYear).max().orElse(x[x.length - 1]);
    double xMin = Math.floor(x[0]);
    double xMax = Math.max(x[x.length - 1], Math.ceil(lastEvent));
    chart.getStyler().setXAxisMin(xMin).setXAxisMax(xMax);
    List<EventLabels.Placement> labels = EventLabels.place(events, xMin, xMax);
    double top = ChartStyle.topWithRoomForLabels(max(prices), EventLabels.rows(labels));
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(top);
    double split = basis == null ? Double.POSITIVE_INFINITY : basis.from().getYear() + (basis.from().getMonthValue() - 1) / 12.0;
    if (basis == null) {
      add(chart, seriesName, x, prices, 0, markers);
    } else {
      add(chart, seriesName + ", " + basis.before(), part(x, x, split, true), part(x, prices, split, true), 0, markers);
      add(chart, seriesName + ", " + basis.after(), part(x, x, split, false), part(x, prices, split, false), 1, markers);
      chart.addAnnotation(new AnnotationLine(split, true, false));
      chart.addAnnotation(ChartStyle.label("basis change", split, xMin, xMax, top * 0.05));
    }
    ChartStyle.eventMarkers(chart, labels, top);
    return chart;
  }

  private static void add(XYChart chart, String name, double[] x, double[] y, int colour, boolean markers) {
    Checks.check(x.length > 0, "price chart: series '%s' has no points (is the basis change outside the data?)", name);
    XYSeries s = chart.addSeries(name, x, y);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    s.setLineColor(Palette.CYCLE[colour * 2]);
    s.setMarkerColor(Palette.CYCLE[colour * 2]);
    s.setMarker(markers ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
    s.setLineStyle(ChartStyle.solid(2.4f));
  }

  private static double[] part(double[] x, double[] values, double split, boolean before) {
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if ((x[i] < split - 1e-9) == before) {
        out.add(values[i]);
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double max(double[] values) {
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    return max;
  }
}
