package org.tradeshock.report;

import java.util.Objects;
import org.knowm.xchart.internal.chartpart.Chart;
import org.tradeshock.common.Checks;

/**
 * A chart with a caption; the id names its files ({@code charts/<id>.png} and {@code .svg}), and
 * the chart's own width and height set the image size.
 */
public record Figure(String id, String caption, Chart<?, ?> chart) implements Block {
  /** Validates the id (lower-case letters, digits, {@code -}, {@code _}), the caption and the chart. */
  public Figure {
    Ids.check("figure", id);
    Checks.nonBlank("figure caption", caption);
    Objects.requireNonNull(chart, "figure chart");
    Checks.check(
        chart.getWidth() > 0 && chart.getHeight() > 0,
        "figure %s: chart size must be positive but was %dx%d",
        id,
        chart.getWidth(),
        chart.getHeight());
  }

  /** Shorthand for {@code new Figure(id, caption, chart)}. */
  public static Figure of(String id, String caption, Chart<?, ?> chart) {
    return new Figure(id, caption, chart);
  }
}
