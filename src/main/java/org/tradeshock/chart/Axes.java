package org.tradeshock.chart;

import java.util.Locale;
import java.util.Map;
import org.tradeshock.common.Checks;

/** Input checks and axis-range helpers shared by the chart factories. */
final class Axes {
  private Axes() {}

  /** A "nice" upper bound at or above {@code value}: 1, 2, 2.5, 5 or 10 times a power of ten. */
  static double niceCeil(double value) {
    if (!(value > 0)) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= value - 1e-12 * magnitude) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  /** {@code value} rounded up to a tenth of {@link #niceCeil(double)}, e.g. 61.6 to 70 and 1,935 to 2,000. */
  static double roundUp(double value) {
    double step = niceCeil(value) / 10;
    return Math.ceil(value / step - 1e-9) * step;
  }

  static void checkSeries(String chart, Map<String, double[]> series, int expectedLength) {
    Checks.check(!series.isEmpty(), "%s needs at least one series", chart);
    for (Map.Entry<String, double[]> e : series.entrySet()) {
      Checks.nonBlank(chart + " series name", e.getKey());
      double[] values = e.getValue();
      Checks.check(
          values != null && values.length == expectedLength,
          "%s: series '%s' has %s values but there are %d x values",
          chart,
          e.getKey(),
          values == null ? "no" : String.valueOf(values.length),
          expectedLength);
      for (int i = 0; i < values.length; i++) {
        Checks.finite(String.format(Locale.ROOT, "%s: series '%s' value %d", chart, e.getKey(), i), values[i]);
      }
    }
  }

  static double max(Map<String, double[]> series) {
    double max = Double.NEGATIVE_INFINITY;
    for (double[] values : series.values()) {
      for (double v : values) {
        max = Math.max(max, v);
      }
    }
    return max;
  }

  static double min(Map<String, double[]> series) {
    double min = Double.POSITIVE_INFINITY;
    for (double[] values : series.values()) {
      for (double v : values) {
        min = Math.min(min, v);
      }
    }
    return min;
  }
}
