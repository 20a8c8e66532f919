package org.tradeshock.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.tradeshock.common.Checks;

/**
 * Where the labels of event markers go on a time axis: each label beside its line (to the right,
 * or to the left where it would run off the plot), and in the top-most row where it overlaps no
 * earlier label, so events close in time get their labels stacked instead of written over each
 * other. Pure geometry in x data units; rows count down from the top of the plot.
 */
final class EventLabels {
  /** The font event labels are drawn in. */
  static final Font FONT = new Font(ChartStyle.FONT, Font.PLAIN, 12);
  /** Space inside a label's box on each side, in pixels. */
  static final int PADDING = 2;
  /** Space between a line and its label, and between two labels in a row, in pixels. */
  private static final double GAP = 4;
  /** Estimated plot width: the chart minus the y axis, its title and padding. */
  private static final double PLOT_WIDTH = ChartStyle.WIDTH - 130.0;

  /**
   * One placed label.
   *
   * @param event the event labelled
   * @param left where the label's box starts (x data units)
   * @param right where it ends
   * @param row 0 for the top row, 1 below it, ...
   */
  record Placement(EventMarker event, double left, double right, int row) {}

  private EventLabels() {}

  /**
   * Places the labels of {@code events} on an x axis from {@code xMin} to {@code xMax}.
   *
   * @return one placement per event, in date order
   */
  static List<Placement> place(List<EventMarker> events, double xMin, double xMax) {
    Checks.check(xMax > xMin, "event labels: x axis maximum %s must be above its minimum %s", xMax, xMin);
    double unitsPerPixel = (xMax - xMin) / PLOT_WIDTH;
    List<EventMarker> sorted = events.stream().sorted(Comparator.comparing(EventMarker::date)).toList();
    List<Placement> out = new ArrayList<>(sorted.size());
    double[] rowEnd = new double[sorted.size()];
    Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
    for (EventMarker e : sorted) {
      double x = e.fractionalYear();
      double width = (textWidth(e.label()) + 2 * PADDING) * unitsPerPixel;
      double gap = GAP * unitsPerPixel;
      double left = x + gap + width <= xMax ? x + gap : x - gap - width;
      int row = 0;
      while (rowEnd[row] + gap > left) {
        row++;
      }
      rowEnd[row] = left + width;
      out.add(new Placement(e, left, left + width, row));
    }
    return out;
  }

  /** How many rows the placements use (0 for none). */
  static int rows(List<Placement> placements) {
    return placements.stream().mapToInt(p -> p.row() + 1).max().orElse(0);
  }

  /** The width of {@code text} in {@link #FONT}, in pixels. */
  static double textWidth(String text) {
    return FONT.getStringBounds(text, new FontRenderContext(null, true, true)).getWidth();
  }
}
