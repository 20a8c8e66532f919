package org.tradeshock.pipeline;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Short names of the publications a dataset's rows cite, taken from its {@code source} column, so
 * the report names the data a job actually used instead of a publisher written into the code.
 */
final class DataSources {
  private DataSources() {}

  /** At most this many publications are named; more would not fit a caption or a table cell. */
  static final int MAX = 2;

  /**
   * The publications most rows cite, most cited first: each source up to its first comma (e.g.
   * "FAOSTAT Fertilizers by Nutrient (RFN)"), joined by "; ", or {@code fallback} when no row
   * names one.
   */
  static String of(Stream<String> sources, String fallback) {
    Map<String, Long> counts = sources.filter(s -> s != null && !s.isBlank())
        .map(DataSources::publication)
        .collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
    if (counts.isEmpty()) {
      return fallback;
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .limit(MAX).map(Map.Entry::getKey).collect(Collectors.joining("; "));
  }

  private static String publication(String source) {
    int comma = source.indexOf(',');
    return (comma < 0 ? source : source.substring(0, comma)).strip();
  }
}
