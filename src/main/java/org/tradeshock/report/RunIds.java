package org.tradeshock.report;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tradeshock.common.Checks;

/** Run ids: UTC timestamps such as {@code 20261122T142300Z} that sort lexically in time order. */
public final class RunIds {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final Pattern RUN_ID = Pattern.compile("\\d{8}T\\d{6}Z");

  private RunIds() {}

  /** The run id for the clock's current instant, truncated to the second, in UTC. */
  public static String next(Clock clock) {
    return FORMAT.format(clock.instant());
  }

  /** Returns {@code runId} if it has the form {@code yyyyMMddTHHmmssZ}, else throws. */
  public static String check(String runId) {
    Checks.check(
        runId != null && RUN_ID.matcher(runId).matches(),
        "run id must be 'yyyyMMddTHHmmssZ' (e.g. 20261122T142300Z) but was '%s'",
        runId);
    return runId;
  }
}
