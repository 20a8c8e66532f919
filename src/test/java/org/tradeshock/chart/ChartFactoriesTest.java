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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
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
  void scenarioBarsWithoutIntervalsCarryOneBarSeriesPerMeasure() {
    Map<String, double[]> values = new LinkedHashMap<>();
    values.put("Belarus export volume", new double[] {18.5, 9.2});
    values.put("World price", new double[] {-4.2, -2.1});
    CategoryChart chart = ScenarioBars.build("Scenarios", "Change (%)", List.of("Full", "Partial"), values);
    assertEquals(List.of("Belarus export volume", "World price"), new ArrayList<>(chart.getSeriesMap().keySet()));
    assertEquals("Change (%)", chart.getYAxisTitle());
    assertFalse(chart.getStyler().isLabelsVisible(), "no value squeezed into a short bar; the table has them");
  }

  @Test
  void intervalWhiskersRunExactlyFromLowerToUpperBoundEvenWhenAsymmetric() {
    // Shaped like the flagship's "US relief + Klaipeda reopens" revenue: central +333, P5 +245, P95 +603.
    List<String> scenarios = List.of("Relief", "Relief + port", "Snapback");
    Map<String, double[]> values = new LinkedHashMap<>();
    values.put("Belarus export revenue", new double[] {22.4, 333.3, -18.3});
    values.put("World price", new double[] {-0.9, -8.6, 0.9});
    Map<String, double[]> low = Map.of("Belarus export revenue", new double[] {15.1, 245.0, -25.0},
        "World price", new double[] {-1.5, -12.0, 0.2});
    Map<String, double[]> high = Map.of("Belarus export revenue", new double[] {30.2, 603.0, -12.0},
        "World price", new double[] {-0.3, -6.0, 2.5});
    XYChart chart = ScenarioBars.build("Intervals", "Change (%)", scenarios, values, low, high);

    for (String measure : values.keySet()) {
      XYSeries dots = chart.getSeriesMap().get(measure);
      assertTrue(dots.isShowInLegend(), measure + " is in the legend");
      for (int k = 0; k < scenarios.size(); k++) {
        XYSeries whisker = chart.getSeriesMap().get(IntervalPlot.whiskerName(measure, scenarios.get(k)));
        double[] x = whisker.getXData();
        String where = measure + " in " + scenarios.get(k);
        assertEquals(low.get(measure)[k], Arrays.stream(x).min().orElseThrow(), 1e-9, "lower end of " + where);
        assertEquals(high.get(measure)[k], Arrays.stream(x).max().orElseThrow(), 1e-9, "upper end of " + where);
        assertEquals(values.get(measure)[k], dots.getXData()[k], 1e-9, "dot of " + where);
        // the whisker's stroke from bound to bound (its middle points) runs level with the dot
        assertEquals(dots.getYData()[k], whisker.getYData()[2], 1e-9, "row of " + where);
        assertEquals(dots.getYData()[k], whisker.getYData()[3], 1e-9, "row of " + where);
        assertFalse(whisker.isShowInLegend(), where);
      }
    }
  }

  @Test
  void intervalChartPutsTheFirstScenarioOnTopAndEachNameBetweenItsGroupAndTheOneAbove() {
    List<String> scenarios = List.of("Sanctioned", "Relief", "Snapback");
    Map<String, double[]> values = new LinkedHashMap<>();
    values.put("Volume", new double[] {-60, 13, -11});
    values.put("World price", new double[] {10, -1, 1});
    XYChart chart = ScenarioBars.build("I", "Change (%)", scenarios, values,
        Map.of("Volume", new double[] {-61, 5, -14}, "World price", new double[] {8, -2, 0}),
        Map.of("Volume", new double[] {-55, 20, -7}, "World price", new double[] {13, 0, 2}));
    double[] rows = chart.getSeriesMap().get("Volume").getYData();
    assertTrue(rows[0] > rows[1] && rows[1] > rows[2], "display order from the top: " + Arrays.toString(rows));
    for (int k = 0; k < scenarios.size(); k++) {
      double name = IntervalPlot.nameY(3, k);
      assertTrue(name > IntervalPlot.groupTop(3, k), "name of " + scenarios.get(k) + " above its group");
      assertTrue(k == 0 || name + 0.25 < IntervalPlot.groupBottom(3, k - 1),
          "a line of text (a quarter of a row) fits below the group above " + scenarios.get(k));
      for (String m : values.keySet()) {
        double[] y = chart.getSeriesMap().get(IntervalPlot.whiskerName(m, scenarios.get(k))).getYData();
        assertTrue(Arrays.stream(y).min().orElseThrow() >= IntervalPlot.groupBottom(3, k) - 1e-12, m);
        assertTrue(Arrays.stream(y).max().orElseThrow() <= IntervalPlot.groupTop(3, k) + 1e-12, m);
      }
    }
  }

  @Test
  void intervalChartDrawsAPointValueOutsideItsIntervalWhereItIs() {
    XYChart chart = ScenarioBars.build("I", "%", List.of("Full"), Map.of("World price", new double[] {-4.2}),
        Map.of("World price", new double[] {-3}), Map.of("World price", new double[] {-1}));
    assertEquals(-4.2, chart.getSeriesMap().get("World price").getXData()[0], 1e-12);
    assertTrue(chart.getStyler().getXAxisMin() < -4.2, "the dot is inside the plot");
  }

  @Test
  void intervalChartRejectsALowerBoundAboveTheUpperBound() {
    Map<String, double[]> values = Map.of("World price", new double[] {-4.2});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScenarioBars.build("S", "%",
        List.of("Full"), values, Map.of("World price", new double[] {-1}), Map.of("World price", new double[] {-3})));
    assertTrue(e.getMessage().contains("'World price', scenario 'Full': lower bound -1.0 is above upper bound -3.0"),
        e.getMessage());
  }

  @Test
  void welfareBarsHaveFourMeasuresAndCountries() {
    CategoryChart chart = WelfareBars.build("Welfare", "Relief", List.of(
        new WelfareBars.Row("Belarus", 310, -5, 420, 305), new WelfareBars.Row("Canada", -180, -20, -240, -200)));
    assertEquals(WelfareBars.MEASURES, new ArrayList<>(chart.getSeriesMap().keySet()));
    assertEquals("Change vs comparison scenario (USD million)", chart.getYAxisTitle());
    assertEquals("Welfare - Relief", chart.getTitle());
    assertTrue(chart.getStyler().getXAxisLabelRotation() > 0, "long country names are slanted, not side by side");
  }

  @Test
  void welfareBarsLeaveOutAMeasureThatIsZeroEverywhereButKeepColours() {
    CategoryChart chart = WelfareBars.build("Welfare", "Relief", List.of(
        new WelfareBars.Row("Belarus", 55, 0, 0, 55), new WelfareBars.Row("Brazil", 0, 22, 0, 22)));
    assertEquals(List.of("Producer surplus", "Consumer surplus", "Net welfare"),
        new ArrayList<>(chart.getSeriesMap().keySet()), "no wedge is collected, so no wedge bars or legend entry");
    assertEquals(Palette.CYCLE[1], chart.getSeriesMap().get("Consumer surplus").getFillColor());
  }

  @Test
  void welfareBarsKeepNetWelfareEvenWhenItIsZeroEverywhere() {
    CategoryChart chart = WelfareBars.build("Welfare", "Relief", List.of(new WelfareBars.Row("Belarus", 5, -5, 0, 0)));
    assertEquals(List.of("Producer surplus", "Consumer surplus", "Net welfare"),
        new ArrayList<>(chart.getSeriesMap().keySet()));
  }

  @Test
  void everyFactoryRendersPngOfExpectedSizeAndSvg() throws IOException {
    List<Chart<?, ?>> charts = List.of(
        ShareChart.build("Shares", YEARS, shares(), EVENTS, ShareChart.Mode.LINES),
        ShareChart.build("Shares", YEARS, shares(), EVENTS, ShareChart.Mode.STACKED_AREA),
        PriceChart.annual("Price", "KCl", YEARS, new double[] {250, 240, 500, 700}, EVENTS, null),
        ScenarioBars.build("S", "Change (%)", List.of("A", "B"), Map.of("Belarus revenue", new double[] {3, -1})),
        ScenarioBars.build("S", "Change (%)", List.of("A", "B"), Map.of("Belarus revenue", new double[] {3, -1}),
            Map.of("Belarus revenue", new double[] {1, -4}), Map.of("Belarus revenue", new double[] {9, 0})),
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
