package org.tradeshock.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReportModelTest {

  @Test
  void rejectsDuplicateTableIds() {
    Table t = Table.builder("t1", "C").text("A").row("x").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Report.of("R", "", Section.of("a", "A", t), Section.of("b", "B", t)));
    assertTrue(e.getMessage().contains("duplicate id 'tables/t1'"), e.getMessage());
  }

  @Test
  void rejectsIdsThatAreNotSafeFileNames() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Section.of("../x", "X"));
    assertTrue(e.getMessage().contains("'../x'"), e.getMessage());
  }

  @Test
  void rejectsRowWithWrongNumberOfCells() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Table.builder("t", "C").text("A").number("B", 1).row("only one"));
    assertTrue(e.getMessage().contains("has 1 values but the table has 2 columns"), e.getMessage());
  }

  @Test
  void builderFormatsNumbersInRootLocaleAndKeepsRawValues() {
    Table t = Table.builder("t", "C").text("A").number("B", 2).row("x", -1234.5678).row("y", -0.001).build();
    assertEquals("-1,234.57", t.rows().get(0).get(1).text());
    assertEquals(-1234.5678, t.rows().get(0).get(1).value(), 1e-12);
    assertEquals("0.00", t.rows().get(1).get(1).text(), "no negative zero");
  }

  @Test
  void listsFiguresAndTablesInReadingOrder() {
    Report r = SampleReports.flagship();
    assertEquals("shares", r.figures().get(0).id());
    assertEquals(2, r.tables().size());
  }
}
