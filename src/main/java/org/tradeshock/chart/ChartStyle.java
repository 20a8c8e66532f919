package org.tradeshock.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** The shared look of tradeshock charts: size, fonts, colours, legend and year axes. */
final class ChartStyle {
  static final int WIDTH = 900;
  static final int HEIGHT = 500;
  static final String FONT = "DejaVu Sans";
  static final Color GRID = new Color(0xE3, 0xE6, 0xEA);

  private ChartStyle() {}

  /** Applies fonts, colours, grid and a legend below the plot (it never hides data). */
  static void apply(AxesChartStyler s) {
    s.setLocale(Locale.ROOT);
    s.setAntiAlias(true);
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderVisible(false);
    s.setPlotGridLinesColor(GRID);
    s.setPlotGridVerticalLinesVisible(false);
    s.setChartTitleFont(new Font(FONT, Font.BOLD, 17));
    s.setChartTitleBoxVisible(false);
    s.setChartFontColor(new Color(0x1F, 0x23, 0x28));
    s.setAxisTitleFont(new Font(FONT, Font.PLAIN, 14));
    s.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 13));
    s.setAxisTickLabelsColor(new Color(0x33, 0x33, 0x33));
    s.setLegendFont(new Font(FONT, Font.PLAIN, 13));
    s.setLegendPosition(Styler.LegendPosition.OutsideS);
    s.setLegendLayout(Styler.LegendLayout.Horizontal);
    s.setLegendBorderColor(Color.WHITE);
    s.setChartPadding(12);
    s.setAnnotationTextFont(new Font(FONT, Font.PLAIN, 12));
    s.setAnnotationTextFontColor(Palette.MARKER);
    s.setAnnotationLineColor(Palette.MARKER);
    s.setAnnotationLineStroke(dashed());
  }

  /** Years as {@code 2019}, never {@code 2,019}; non-integer ticks get no label. */
  static final Function<Double, String> YEAR_LABELS =
      x -> Math.abs(x - Math.rint(x)) < 1e-9 ? String.format(Locale.ROOT, "%d", Math.round(x)) : "";

  static void yearAxis(XYChart chart) {
    chart.getStyler().setXAxisDecimalPattern("#");
    chart.setCustomXAxisTickLabelsFormatter(YEAR_LABELS);
  }

  /**
   * Draws each event as a dashed vertical line plus its label beside it near the top of the plot.
   *
   * @param xMin the x axis minimum (fractional years), to place labels beside their lines
   * @param xMax the x axis maximum
   * @param labelY the y value (data units) at which to centre the first label row
   * @param labelStepY how far down (data units) the second label row sits
   */
  static void eventMarkers(
      XYChart chart, List<EventMarker> events, double xMin, double xMax, double labelY, double labelStepY) {
    // Each label goes to the highest of five rows where it does not overlap an earlier label, so
    // clustered events (five sanctions in nine months) stay legible.
    double[] rowEnd = new double[5];
    java.util.Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
    List<EventMarker> sorted = events.stream().sorted(java.util.Comparator.comparing(EventMarker::date)).toList();
    for (EventMarker e : sorted) {
      double x = e.fractionalYear();
      chart.addAnnotation(new AnnotationLine(x, true, false));
      double centre = labelCentre(e.label(), x, xMin, xMax);
      double half = Math.abs(centre - x);
      double from = Math.min(x, centre - half);
      double to = Math.max(x, centre + half);
      int row = 0;
      for (int r = 0; r < rowEnd.length; r++) {
        if (rowEnd[r] < from) {
          row = r;
          break;
        }
        if (rowEnd[r] < rowEnd[row]) {
          row = r;
        }
      }
      rowEnd[row] = to;
      chart.addAnnotation(label(e.label(), x, xMin, xMax, labelY - row * labelStepY));
    }
  }

  /**
   * A label beside a vertical line at {@code x}: XChart centres annotation text on its x value, so the
   * centre is shifted by half the (estimated) text width, to the right unless that would clip.
   */
  static AnnotationText label(String text, double x, double xMin, double xMax, double y) {
    return new AnnotationText(text, labelCentre(text, x, xMin, xMax), y, false);
  }

  private static double labelCentre(String text, double x, double xMin, double xMax) {
    double unitsPerPixel = (xMax - xMin) / (WIDTH - 130.0); // plot width is the chart minus axis and padding
    double halfWidth = (text.length() * 7.0 / 2 + 6) * unitsPerPixel;
    return x + halfWidth + halfWidth > xMax ? x - halfWidth : x + halfWidth;
  }

  /** For bar charts: a solid dark zero line, since they carry no dashed event markers. */
  static void solidAnnotationLines(AxesChartStyler s) {
    s.setAnnotationLineColor(new Color(0x33, 0x33, 0x33));
    s.setAnnotationLineStroke(solid(1.3f));
  }

  static BasicStroke dashed() {
    return new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
  }

  static BasicStroke solid(float width) {
    return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }
}
