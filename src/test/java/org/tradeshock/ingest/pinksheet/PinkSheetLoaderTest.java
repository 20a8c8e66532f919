package org.tradeshock.ingest.pinksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeshock.common.BadInputException;
import org.tradeshock.ingest.TestData;

class PinkSheetLoaderTest {
  /** A made-up workbook in the monthly layout: 4 title rows, header, units, periods, … for missing. */
  static Path fixture(Path dir) throws IOException {
    Path f = dir.resolve("CMO-fixture.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(f)) {
      Sheet s = wb.createSheet("Monthly Prices");
      s.createRow(0).createCell(0).setCellValue("World Bank Commodity Price Data (The Pink Sheet)");
      s.createRow(1).createCell(0).setCellValue("monthly prices in nominal US dollars, 1960 to present");
      s.createRow(3).createCell(0).setCellValue("Updated on June 02, 2099");
      Row h = s.createRow(4);
      h.createCell(1).setCellValue("Urea ");
      h.createCell(2).setCellValue("Potassium chloride **");
      Row u = s.createRow(5);
      u.createCell(1).setCellValue("($/mt)");
      u.createCell(2).setCellValue("($/mt)");
      String[][] rows = {{"2020M01", "250", "…"}, {"2020M02", "260", "300.5"}, {"2020M03", "270", "310"}};
      for (int i = 0; i < rows.length; i++) {
        Row r = s.createRow(6 + i);
        r.createCell(0).setCellValue(rows[i][0]);
        r.createCell(1).setCellValue(Double.parseDouble(rows[i][1]));
        if (rows[i][2].equals("…")) {
          r.createCell(2).setCellValue("…");
        } else {
          r.createCell(2).setCellValue(Double.parseDouble(rows[i][2]));
        }
      }
      wb.write(o);
    }
    return f;
  }

  @Test
  void readsAColumnByNameIgnoringFootnoteStarsAndSkipsMissing(@TempDir Path tmp) throws IOException {
    PriceSeries s = PinkSheetLoader.monthly(fixture(tmp), "potassium chloride");
    assertEquals("Potassium chloride **", s.name());
    assertEquals("($/mt)", s.unit());
    assertEquals(2, s.points().size());
    assertEquals(1, s.missing());
    assertEquals(300.5, s.at(2020, 2).orElseThrow(), 1e-12);
    assertEquals(305.25, s.yearMean(2020).orElseThrow(), 1e-12);
  }

  @Test
  void failsWithOneMessageOnAnUnreadableWorkbookOrUnknownColumn(@TempDir Path tmp) throws IOException {
    Path bad = tmp.resolve("broken.xlsx");
    Files.writeString(bad, "this is not a zip");
    BadInputException e = assertThrows(BadInputException.class, () -> PinkSheetLoader.monthly(bad, "Urea"));
    assertTrue(e.getMessage().contains("broken.xlsx") && e.getMessage().contains("not a readable Excel"),
        e.getMessage());
    BadInputException col = assertThrows(BadInputException.class,
        () -> PinkSheetLoader.monthly(fixture(tmp), "Unobtainium"));
    assertTrue(col.getMessage().contains("sheet 'Monthly Prices'") && col.getMessage().contains("Unobtainium"),
        col.getMessage());
  }

  /**
   * A made-up workbook in the annual layout. As in CMO-Historical-Data-Annual (updated 2024-07-02), sheet
   * "Annual Prices (Nominal)": header row ("Date", commodity names), units row, years as numeric cells,
   * "…" for missing; {@code titleRows} title lines go above the header, as in the monthly file. After the
   * data block: a blank row and a note whose first cell is not a year.
   */
  static Path annualFixture(Path dir, int titleRows, String kcl2021) throws IOException {
    Path f = dir.resolve("CMO-annual-fixture-" + titleRows + ".xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(f)) {
      wb.createSheet("Description").createRow(0).createCell(0).setCellValue("Potassium chloride: f.o.b.");
      Sheet s = wb.createSheet("Annual Prices (Nominal)");
      for (int t = 0; t < titleRows; t++) {
        s.createRow(t).createCell(0).setCellValue("World Bank Commodity Price Data, title line " + (t + 1));
      }
      Row h = s.createRow(titleRows);
      h.createCell(0).setCellValue("Date");
      h.createCell(1).setCellValue("Urea");
      h.createCell(2).setCellValue("Potassium chloride");
      Row u = s.createRow(titleRows + 1);
      u.createCell(1).setCellValue("($/mt)");
      u.createCell(2).setCellValue("($/mt)");
      Object[][] rows = {{1960, 40.0, 28.5}, {1961, 41.0, "…"}, {2020, 229.07, 241.01}, {2021, 483.21, kcl2021}};
      for (int i = 0; i < rows.length; i++) {
        Row r = s.createRow(titleRows + 2 + i);
        r.createCell(0).setCellValue(((Integer) rows[i][0]).doubleValue());
        for (int c = 1; c <= 2; c++) {
          if (rows[i][c] instanceof Double d) {
            r.createCell(c).setCellValue(d);
          } else {
            r.createCell(c).setCellValue((String) rows[i][c]);
          }
        }
      }
      Row note = s.createRow(titleRows + 2 + rows.length + 1);
      note.createCell(0).setCellValue("Note: 1999 = 100");
      note.createCell(2).setCellValue(9999.0);
      wb.write(o);
    }
    return f;
  }

  @Test
  void readsTheAnnualLayoutWithOrWithoutTitleRows(@TempDir Path tmp) throws IOException {
    for (int titleRows : new int[] {0, 4}) {
      PriceSeries s = PinkSheetLoader.annual(annualFixture(tmp, titleRows, "…"), "Potassium chloride **");
      String layout = titleRows + " title rows";
      assertEquals("Potassium chloride", s.name(), layout);
      assertEquals("($/mt)", s.unit(), layout);
      // 1960, 2020 priced; 1961 and 2021 are "…"; the note's 9999 after the block is not a price
      assertEquals(2, s.points().size(), layout);
      assertEquals(2, s.missing(), layout);
      assertEquals(28.5, s.at(1960, 0).orElseThrow(), 1e-12, layout);
      assertEquals(241.01, s.at(2020, 0).orElseThrow(), 1e-12, layout);
      assertTrue(s.at(1961, 0).isEmpty(), layout);
      assertEquals(List.of(1960, 2020), s.points().stream().map(PricePoint::year).toList(), layout);
    }
    PriceSeries urea = PinkSheetLoader.annual(annualFixture(tmp, 0, "1.0"), "urea");
    assertEquals(483.21, urea.at(2021, 0).orElseThrow(), 1e-12);
    assertEquals(0, urea.missing());
  }

  @Test
  void aNonNumericAnnualPriceFailsNamingSheetRowAndColumn(@TempDir Path tmp) throws IOException {
    Path f = annualFixture(tmp, 0, "n.a.");
    BadInputException e = assertThrows(BadInputException.class,
        () -> PinkSheetLoader.annual(f, "Potassium chloride"));
    // header row 1, units row 2, years from row 3: 2021 is the 4th year, row 6
    assertTrue(e.getMessage().contains("sheet 'Annual Prices (Nominal)', row 6, column 'Potassium chloride'")
        && e.getMessage().contains("'n.a.'"), e.getMessage());
  }

  @Test
  void readsPotassiumChlorideFromTheRealMonthlyAndAnnualWorkbooks() {
    PriceSeries m = PinkSheetLoader.monthly(
        TestData.shared("pinksheet/CMO-Historical-Data-Monthly_updated-2026-06-02.xlsx"), "Potassium chloride");
    // pinksheet_fertilizer_prices_monthly_1960M01-2026M05.csv: 1960M01 28.5, 2022M04 1202.0, 2026M05 405.0
    assertEquals(28.5, m.at(1960, 1).orElseThrow(), 1e-9);
    assertEquals(1202.0, m.at(2022, 4).orElseThrow(), 1e-9);
    assertEquals(405.0, m.at(2026, 5).orElseThrow(), 1e-9);
    assertEquals("($/mt)", m.unit());
    PriceSeries a = PinkSheetLoader.annual(
        TestData.shared("pinksheet/CMO-Historical-Data-Annual_updated-2024-07-02.xlsx"), "Potassium chloride");
    // PROVENANCE.md: the annual file equals the calendar mean of the monthly values to the cent (2010-2023);
    // 2023 mean of the 12 monthly values in the derived CSV = 383.2208
    assertEquals(m.yearMean(2023).orElseThrow(), a.at(2023, 0).orElseThrow(), 0.01);
    assertEquals(383.2208, a.at(2023, 0).orElseThrow(), 0.01);
  }
}
