package org.tradeshock.ingest.pinksheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.tradeshock.common.BadInputException;

/**
 * Reads price series from the World Bank Commodity Price Data ("Pink Sheet") workbooks: the monthly
 * file (sheet "Monthly Prices": title rows, a header row of commodity names, a units row, then periods
 * {@code 1960M01}) and the annual file (sheet "Annual Prices (Nominal)": periods are years).
 *
 * <p>The header row is found by looking for the requested column in the first rows, so extra or
 * missing title rows do not matter; column names match ignoring case, footnote stars and spacing
 * ("Potassium chloride" matches "Potassium chloride **"). Plain Java with Apache POI: the workbook
 * is small and Spark would add seconds for nothing.
 */
public final class PinkSheetLoader {
  /** The monthly workbook's price sheet. */
  public static final String MONTHLY_SHEET = "Monthly Prices";
  /** The annual workbook's nominal price sheet. */
  public static final String ANNUAL_SHEET = "Annual Prices (Nominal)";

  private static final Pattern MONTHLY = Pattern.compile("(\\d{4})M(\\d{2})");
  private static final Pattern ANNUAL = Pattern.compile("(\\d{4})(\\.0)?");
  private static final int HEADER_SEARCH_ROWS = 20;

  private PinkSheetLoader() {}

  /** The monthly series named {@code column} from the monthly workbook. */
  public static PriceSeries monthly(Path workbook, String column) {
    return read(workbook, MONTHLY_SHEET, column);
  }

  /** The annual series named {@code column} from the annual workbook. */
  public static PriceSeries annual(Path workbook, String column) {
    return read(workbook, ANNUAL_SHEET, column);
  }

  /**
   * Reads one column of one sheet.
   *
   * @throws BadInputException when the file is not a readable workbook, or the sheet or column is absent
   */
  public static PriceSeries read(Path workbook, String sheetName, String column) {
    Workbook wb;
    try {
      wb = WorkbookFactory.create(workbook.toFile(), null, true);
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(workbook.toString(), "", String.format(Locale.ROOT,
          "not a readable Excel workbook (expected the World Bank Pink Sheet .xlsx): %s", e.getMessage()), e);
    }
    try (wb) {
      Sheet sheet = wb.getSheet(sheetName);
      if (sheet == null) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        throw BadInputException.at(workbook, "sheet '" + sheetName + "'",
            "sheet not found; the workbook has " + names);
      }
      return readSheet(workbook, sheet, column);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("Cannot close " + workbook, e);
    }
  }

  static String norm(String s) {
    return s.replace('*', ' ').replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
  }

  private static PriceSeries readSheet(Path file, Sheet sheet, String column) {
    DataFormatter fmt = new DataFormatter(Locale.ROOT);
    int headerRow = -1;
    int col = -1;
    for (int r = 0; r <= Math.min(HEADER_SEARCH_ROWS, sheet.getLastRowNum()) && col < 0; r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      for (Cell c : row) {
        if (c.getCellType() == CellType.STRING && norm(c.getStringCellValue()).equals(norm(column))) {
          headerRow = r;
          col = c.getColumnIndex();
          break;
        }
      }
    }
    String where = "sheet '" + sheet.getSheetName() + "'";
    if (col < 0) {
      throw BadInputException.at(file, where, String.format(Locale.ROOT,
          "no column named '%s' in the first %d rows (expected a Pink Sheet header row of commodity names)",
          column, HEADER_SEARCH_ROWS));
    }
    String name = sheet.getRow(headerRow).getCell(col).getStringCellValue();
    Row unitRow = sheet.getRow(headerRow + 1);
    String unit = unitRow == null || unitRow.getCell(col) == null ? "" : fmt.formatCellValue(unitRow.getCell(col));
    List<PricePoint> points = new ArrayList<>();
    int missing = 0;
    boolean started = false;
    for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      String label = row == null || row.getCell(0) == null ? "" : fmt.formatCellValue(row.getCell(0)).trim();
      Matcher m = MONTHLY.matcher(label);
      Matcher a = ANNUAL.matcher(label);
      int year;
      int month;
      if (m.matches()) {
        year = Integer.parseInt(m.group(1));
        month = Integer.parseInt(m.group(2));
      } else if (a.matches()) {
        year = Integer.parseInt(a.group(1));
        month = 0;
      } else if (started) {
        break; // the data block ends; notes or other tables follow
      } else {
        continue; // units row
      }
      started = true;
      Cell c = row.getCell(col);
      if (c != null && (c.getCellType() == CellType.NUMERIC
          || c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC)) {
        points.add(new PricePoint(year, month, c.getNumericCellValue()));
      } else {
        String s = c == null ? "" : fmt.formatCellValue(c).trim();
        if (s.isEmpty() || s.equals("…") || s.equals("..") || s.equals("...")) {
          missing++;
        } else {
          try {
            points.add(new PricePoint(year, month, Double.parseDouble(s)));
          } catch (NumberFormatException e) {
            throw BadInputException.at(file, String.format(Locale.ROOT, "%s, row %d, column '%s'", where, r + 1,
                name), String.format(Locale.ROOT, "price must be a number or … but was '%s'", s));
          }
        }
      }
    }
    return new PriceSeries(name, unit, points, missing);
  }
}
