package org.tradeshock.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Encodes XChart charts to PNG and SVG bytes in memory (XChart's encoders; SVG via VectorGraphics2D). */
public final class ChartImages {
  private ChartImages() {}

  /** PNG bytes at the chart's width and height. */
  public static byte[] png(Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode chart '" + chart.getTitle() + "' as PNG", e);
    }
  }

  /** SVG document bytes (UTF-8), starting with {@code <?xml}. */
  public static byte[] svg(Chart<?, ?> chart) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode chart '" + chart.getTitle() + "' as SVG", e);
    }
    return out.toByteArray();
  }
}
