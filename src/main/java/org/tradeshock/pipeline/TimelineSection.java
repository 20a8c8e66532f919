package org.tradeshock.pipeline;

import java.util.List;
import java.util.Locale;
import org.tradeshock.datasets.TimelineEvent;
import org.tradeshock.report.Section;
import org.tradeshock.report.Table;

/** The dated sanctions, logistics and relief events with their legal references and sources. */
final class TimelineSection {
  private TimelineSection() {}

  static Section build(Analysis a) {
    Table.Builder t = Table.builder("timeline", "Sanctions, logistics and relief timeline")
        .text("Date").text("Actor").text("Kind").text("Event").text("Legal reference").text("Source").text("Status");
    for (TimelineEvent e : a.inputs().data().timeline()) {
      t.row(e.date().toString(), e.actor(), lower(e.kind().name()), e.description(), e.legalReference(), e.source(),
          lower(e.status().name()));
    }
    return new Section("timeline", "Timeline", List.of(t.note("Status: verified = read in the primary source;"
        + " secondary = news or legal reports quoting it; unverified = not confirmed, shown for context only.").build()));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
