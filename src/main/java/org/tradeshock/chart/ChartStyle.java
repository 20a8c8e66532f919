package org.tradeshock.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.AnnotationTextPanel;
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

  /** The height of one row of event labels, as a fraction of the plot height (a 12-point line and its box). */
  static final double EVENT_ROW = 0.065;
  /** Room between the top of the plot and the first row of event labels, as a fraction of its height. */
  private static final double EVENT_TOP_MARGIN = 0.015;

  /**
   * A y axis maximum for data reaching {@code dataMax} under {@code rows} rows of event labels:
   * high enough that the data stay below the lowest row (the labels are opaque), and at least 20%
   * above the data, rounded up to a tenth of a nice number.
   */
  static double topWithRoomForLabels(double dataMax, int rows) {
    if (!(dataMax > 0)) {
      return 1;
    }
    double free = 1 - EVENT_TOP_MARGIN - rows * EVENT_ROW - 0.02;
    return Axes.roundUp(Math.max(dataMax * 1.2, dataMax / free));
  }

  /** The y (data units) of the bottom of label row {@code row} on a y axis from 0 to {@code top}. */
  static double eventRowBottom(int row, double top) {
    return top * (1 - EVENT_TOP_MARGIN - (row + 1) * EVENT_ROW);
  }

  /**
   * Draws each event as a dashed vertical line, then each label in a white box beside its line in
   * the row {@link EventLabels} gives it, so lines never cross a label's text.
   *
   * @param top the y axis maximum (the y axis starts at 0); see {@link #topWithRoomForLabels}
   */
  static void eventMarkers(XYChart chart, List<EventLabels.Placement> placements, double top) {
    AxesChartStyler s = chart.getStyler();
    s.setAnnotationTextPanelFont(EventLabels.FONT);
    s.setAnnotationTextPanelFontColor(Palette.MARKER);
    s.setAnnotationTextPanelBackgroundColor(Color.WHITE);
    s.setAnnotationTextPanelBorderColor(Color.WHITE);
    s.setAnnotationTextPanelPadding(EventLabels.PADDING);
    for (EventLabels.Placement p : placements) {
      chart.addAnnotation(new AnnotationLine(p.event().fractionalYear(), true, false));
    }
    for (EventLabels.Placement p : placements) {
      chart.addAnnotation(new AnnotationTextPanel(p.event().label(), p.left(), eventRowBottom(p.row(), top), false));
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
