package org.tradeshock.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.tradeshock.report.ChartImages;

class ChartFactoriesTest {
  private static final int[] YEARS = {2019, 2020, 2021, 2022};
  private static final List<EventMarker> EVENTS =
      List.of(new EventMarker(LocalDate.of(2021, 8, 9), "US sanctions"), EventMarker.of(YearMonth.of(2022, 2), "EU ban"));

  private static Map<String, double[]> shares() {
    Map<String, double[]> m = new LinkedHashMap<>();
    m.put("Belarus", new double[] {0.20, 0.20, 0.21, 0.09});
    m.put("Canada", new double[] {0.32, 0.33, 0.34, 0.40});
    m.put("Others", new double[] {0.48, 0.47, 0.45, 0.51});
    return m;
  }

  @Test
  void shareChartHasSeriesAxisTitlesAndYearLabels() {
    XYChart chart = ShareChart.build("Shares", YEARS, shares(), EVENTS, ShareChart.Mode.LINES);
    assertEquals(List.of("Belarus", "Canada", "Others"), new ArrayList<>(chart.getSeriesMap().keySet()));
    assertEquals("Year", chart.getXAxisTitle());
    assertEquals("Share of world exports (%)", chart.getYAxisTitle());
    assertEquals("#", chart.getStyler().getXAxisDecimalPattern());
    assertEquals("2019", chart.getStyler().getxAxisTickLabelsFormattingFunction().apply(2019.0), "never 2,019");
    assertEquals("", chart.getStyler().getxAxisTickLabelsFormattingFunction().apply(2019.5));
    assertEquals(Palette.BELARUS, chart.getSeriesMap().get("Belarus").getLineColor());
    assertEquals(20.0, chart.getSeriesMap().get("Belarus").getYData()[0], 1e-9, "fractions shown as percent");
  }

  @Test
  void stackedShareChartKeepsBelarusRedAndStacksToHundred() {
    XYChart chart = ShareChart.build("Shares", YEARS, shares(), List.of(), ShareChart.Mode.STACKED_AREA);
    assertEquals(Palette.BELARUS, chart.getSeriesMap().get("Belarus").getFillColor());
    assertEquals(100.0, chart.getSeriesMap().get("Others").getYData()[0], 1e-9);
  }

  @Test
  void shareChartRejectsPercentInsteadOfFractions() {
    Map<String, double[]> bad = Map.of("Belarus", new double[] {20, 20, 21, 9});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ShareChart.build("Shares", YEARS, bad, EVENTS, ShareChart.Mode.LINES));
    assertTrue(e.getMessage().contains("fractions in [0, 1]"), e.getMessage());
  }

  @Test
  void priceChartSplitsSeriesAtBasisChange() {
    List<YearMonth> months = new ArrayList<>();
    double[] prices = new double[24];
    for (int i = 0; i < 24; i++) {
      months.add(YearMonth.of(2019, 1).plusMonths(i));
      prices[i] = 250 + i;
    }
    XYChart chart = PriceChart.monthly("Price", "KCl", months, prices, EVENTS,
        new PriceChart.BasisChange(YearMonth.of(2020, 1), "f.o.b. Vancouver", "CFR Brazil"));
    assertEquals(List.of("KCl, f.o.b. Vancouver", "KCl, CFR Brazil"), new ArrayList<>(chart.getSeriesMap().keySet()));
    assertEquals(12, chart.getSeriesMap().get("KCl, CFR Brazil").getXData().length);
    assertEquals(2020.0, chart.getSeriesMap().get("KCl, CFR Brazil").getXData()[0], 1e-9);
    assertEquals("Price (USD per tonne)", chart.getYAxisTitle());
    assertEquals("2020", chart.getStyler().getxAxisTickLabelsFormattingFunction().apply(2020.0));
  }

  @Test
  void annualPriceChartWithoutBasisChangeHasOneSeries() {
    XYChart chart = PriceChart.annual("Price", "KCl", YEARS, new double[] {250, 240, 500, 700}, List.of(), null);
    assertEquals(List.of("KCl"), new ArrayList<>(chart.getSeriesMap().keySet()));
  }

  @Test
  void scenarioBarsCarryMeasuresAndIntervals() {
    Map<String, double[]> values = new LinkedHashMap<>();
    values.put("Belarus export volume", new double[] {18.5, 9.2});
    values.put("World price", new double[] {-4.2, -2.1});
    Map<String, double[]> low = Map.of("Belarus export volume", new double[] {12, 6}, "World price", new double[] {-6.5, -3});
    Map<String, double[]> high = Map.of("Belarus export volume", new double[] {24, 12}, "World price", new double[] {-2, -1});
    CategoryChart chart = ScenarioBars.build("Scenarios", "Change vs baseline (%)", List.of("Full", "Partial"), values, low, high);
    assertEquals(List.of("Belarus export volume", "World price"), new ArrayList<>(chart.getSeriesMap().keySet()));
    assertEquals("Change vs baseline (%)", chart.getYAxisTitle());
    // the larger half-width of [12, 24] around 18.5 is 6.5
    assertEquals(6.5, chart.getSeriesMap().get("Belarus export volume").getExtraValues().iterator().next().doubleValue(), 1e-9);
  }

  @Test
  void scenarioBarsRejectIntervalNotContainingValue() {
    Map<String, double[]> values = Map.of("World price", new double[] {-4.2});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScenarioBars.build("S", "%",
        List.of("Full"), values, Map.of("World price", new double[] {-3}), Map.of("World price", new double[] {-1})));
    assertTrue(e.getMessage().contains("does not contain the value"), e.getMessage());
  }

  @Test
  void welfareBarsHaveFourMeasuresAndCountries() {
    CategoryChart chart = WelfareBars.build("Welfare", "Relief", List.of(
        new WelfareBars.Row("Belarus", 310, -5, 420, 305), new WelfareBars.Row("Canada", -180, -20, -240, -200)));
    assertEquals(WelfareBars.MEASURES, new ArrayList<>(chart.getSeriesMap().keySet()));
    assertEquals("Change vs baseline (USD million)", chart.getYAxisTitle());
    assertEquals("Welfare - Relief", chart.getTitle());
  }

  @Test
  void everyFactoryRendersPngOfExpectedSizeAndSvg() throws IOException {
    List<Chart<?, ?>> charts = List.of(
        ShareChart.build("Shares", YEARS, shares(), EVENTS, ShareChart.Mode.LINES),
        ShareChart.build("Shares", YEARS, shares(), EVENTS, ShareChart.Mode.STACKED_AREA),
        PriceChart.annual("Price", "KCl", YEARS, new double[] {250, 240, 500, 700}, EVENTS, null),
        ScenarioBars.build("S", "Change (%)", List.of("A", "B"), Map.of("Belarus revenue", new double[] {3, -1})),
        WelfareBars.build("W", "A", List.of(new WelfareBars.Row("Belarus", 1, -2, 3, -1))));
    for (Chart<?, ?> chart : charts) {
      byte[] png = ChartImages.png(chart);
      assertTrue(png.length > 1000, "PNG bytes for " + chart.getTitle());
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      assertEquals(900, image.getWidth());
      assertEquals(500, image.getHeight());
      String svg = new String(ChartImages.svg(chart), StandardCharsets.UTF_8);
      assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"), svg.substring(0, Math.min(40, svg.length())));
      assertTrue(svg.contains("<svg"));
      assertFalse(svg.contains("2,019"));
    }
  }
}
