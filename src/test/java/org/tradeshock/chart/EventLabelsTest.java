package org.tradeshock.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLabelsTest {
  private static EventMarker on(int year, int month, int day, String label) {
    return new EventMarker(LocalDate.of(year, month, day), label);
  }

  @Test
  void twoEventsTenDaysApartGetDifferentRows() {
    List<EventLabels.Placement> p = EventLabels.place(
        List.of(on(2021, 8, 9, "USA sanction"), on(2021, 8, 19, "EU sanction")), 2015, 2026);
    assertNotEquals(p.get(0).row(), p.get(1).row());
    assertEquals(2, EventLabels.rows(p));
  }

  @Test
  void eventsYearsApartShareTheTopRow() {
    List<EventLabels.Placement> p = EventLabels.place(
        List.of(on(2017, 1, 1, "EU sanction"), on(2021, 8, 9, "USA sanction")), 2015, 2026);
    assertEquals(0, p.get(0).row());
    assertEquals(0, p.get(1).row());
    assertEquals(1, EventLabels.rows(p));
  }

  @Test
  void aLabelStartsRightOfItsLineAndIsAsWideAsItsText() {
    EventLabels.Placement p = EventLabels.place(List.of(on(2020, 1, 1, "USA relief")), 2015, 2026).get(0);
    assertTrue(p.left() > 2020, "right of the line: " + p.left());
    double pixels = (p.right() - p.left()) / (11.0 / (ChartStyle.WIDTH - 130));
    assertEquals(EventLabels.textWidth("USA relief") + 2 * EventLabels.PADDING, pixels, 1e-6);
    assertTrue(EventLabels.textWidth("USA relief") > 40, "ten characters of 12-point text are wider than 40 px");
  }

  @Test
  void aLabelThatWouldRunOffThePlotGoesLeftOfItsLine() {
    EventMarker late = on(2025, 11, 15, "USA relief");
    EventLabels.Placement p = EventLabels.place(List.of(late), 2015, 2026).get(0);
    assertTrue(p.right() < late.fractionalYear(), p.toString());
    assertTrue(p.left() > 2015, p.toString());
  }

  @Test
  void noTwoLabelsInARowOverlapWhenFiveEventsFallWithinNineMonths() {
    // The flagship's cluster of sanctions and logistics events, June 2021 to March 2022, given out of order.
    List<EventMarker> events = List.of(on(2022, 2, 1, "LTU logistics"), on(2021, 6, 21, "EU sanction"),
        on(2021, 8, 9, "USA sanction"), on(2021, 12, 2, "USA sanction"), on(2022, 3, 2, "EU sanction"),
        on(2025, 9, 11, "USA relief"));
    List<EventLabels.Placement> p = EventLabels.place(events, 2015, 2026);
    assertEquals(LocalDate.of(2021, 6, 21), p.get(0).event().date(), "placements come in date order");
    for (int i = 0; i < p.size(); i++) {
      for (int j = i + 1; j < p.size(); j++) {
        EventLabels.Placement a = p.get(i);
        EventLabels.Placement b = p.get(j);
        boolean overlap = a.left() < b.right() && b.left() < a.right();
        assertTrue(a.row() != b.row() || !overlap, a + " overlaps " + b);
      }
    }
    assertEquals(0, p.get(p.size() - 1).row(), "the relief four years later goes back to the top row");
  }

  @Test
  void theAxisLeavesTheLabelRowsAboveTheData() {
    // 39% is the highest export share in the flagship chart; five rows of labels
    double top = ChartStyle.topWithRoomForLabels(39.1, 5);
    assertTrue(ChartStyle.eventRowBottom(4, top) > 39.1, "lowest row above the data, top " + top);
    assertTrue(top <= 100, "not more room than needed: " + top);
    assertEquals(50, ChartStyle.topWithRoomForLabels(39.1, 0), 1e-9, "no labels: 39.1 plus 20% is 46.9, rounded up to 50");
  }
}
