package org.tradeshock.pipeline;

import java.util.Locale;
import java.util.Map;
import org.tradeshock.job.JobSpec;
import org.tradeshock.scenario.Delta;

/** The few lines of headline numbers printed at the end of a run. */
final class Summary {
  private Summary() {}

  static String text(Analysis a) {
    JobSpec spec = a.job().spec();
    String focus = spec.focus().exporter();
    int i = a.scenarios().base().indexOf(focus);
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-34s %-14s %12s %12s %12s%n", "scenario", "vs", focus + " volume",
        focus + " revenue", "market price"));
    for (Map.Entry<String, Delta> e : a.scenarios().deltas().entrySet()) {
      Delta d = e.getValue();
      sb.append(String.format(Locale.ROOT, "%-34s %-14s %+11.1f%% %+11.1f%% %+11.1f%%%n",
          d.scenario().label(), d.reference().id(), 100 * d.volume(i), 100 * d.revenue(i), 100 * d.marketPrice()));
    }
    return sb.toString().stripTrailing();
  }
}
