package org.tradeshock.datasets;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks a claim can name in {@code claims.csv}, each with its parameter keys; the checks
 * themselves live in {@code org.tradeshock.claims.ClaimChecker}.
 */
public enum ClaimRule {
  /** Share (percent) of an exporter or group ({@code A+B}) in world exports, per measure and year. */
  EXPORT_SHARE("export_share", List.of("exporter", "years", "measures"), List.of(), true),
  /** Percentage change of an exporter's exports between two years. */
  EXPORT_CHANGE_PCT("export_change_pct", List.of("exporter", "from", "to", "measure"), List.of(), true),
  /** Export level per year (Mt for tonnes, USD bn for value) against a claimed value or range. */
  EXPORT_LEVEL("export_level", List.of("exporter", "years", "measure"), List.of("min", "max"), true),
  /** Production in a year as percent of a reference-years mean, per source edition. */
  PRODUCTION_VS_REFERENCE("production_vs_reference",
      List.of("country", "year", "editions", "reference_edition", "reference_years"), List.of(), true),
  /** The monthly price at a month is the series maximum since a year. */
  PRICE_MAX_SINCE("price_max_since", List.of("since", "at"), List.of(), false),
  /** A timeline event by an actor of a kind on a date or in a month (tolerance in days). */
  TIMELINE_EVENT("timeline_event", List.of("actor", "kind", "date"),
      List.of("absent_actor", "absent_kind"), false),
  /** The bundled data cannot check the claim; the reason is reported. */
  NOT_CHECKABLE("not_checkable", List.of("reason"), List.of(), false);

  private static final Set<String> MEASURES =
      Set.of("tonnes_MOP", "value_MOP", "tonnes_K2O", "value_K2O");

  private final String label;
  private final List<String> required;
  private final List<String> optional;
  private final boolean needsTolerance;

  ClaimRule(String label, List<String> required, List<String> optional, boolean needsTolerance) {
    this.label = label;
    this.required = required;
    this.optional = optional;
    this.needsTolerance = needsTolerance;
  }

  /** The name used in {@code claims.csv}. */
  public String label() {
    return label;
  }

  /** All rule names, comma-separated, for error messages. */
  public static String knownRules() {
    return Arrays.stream(values()).map(ClaimRule::label).collect(Collectors.joining(", "));
  }

  /**
   * The rule named {@code label}.
   *
   * @throws IllegalArgumentException for an unknown name, listing the known rules
   */
  public static ClaimRule fromLabel(String label) {
    for (ClaimRule r : values()) {
      if (r.label.equals(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "'%s' is not a known rule (known rules: %s)", label, knownRules()));
  }

  /**
   * Checks the parameter keys and the shape of their values.
   *
   * @throws IllegalArgumentException naming the key, the bad value and what was expected
   */
  void validate(Map<String, String> params, double tolerance) {
    for (String key : required) {
      if (!params.containsKey(key) || params.get(key).isEmpty()) {
        throw fail("rule %s needs params key '%s' (keys: %s)", label, key, keys());
      }
    }
    Set<String> allowed = new HashSet<>(required);
    allowed.addAll(optional);
    for (String key : params.keySet()) {
      if (!allowed.contains(key)) {
        throw fail("rule %s does not take params key '%s' (keys: %s)", label, key, keys());
      }
    }
    if (needsTolerance && Double.isNaN(tolerance)) {
      throw fail("rule %s needs a tolerance", label);
    }
    params.forEach(this::checkValue);
  }

  private String keys() {
    return String.join(", ", required) + (optional.isEmpty() ? "" : "; optional " + String.join(", ", optional));
  }

  private void checkValue(String key, String value) {
    switch (key) {
      case "exporter", "country", "actor", "absent_actor" -> {
        if (!value.matches("[A-Z]{2,3}(\\+[A-Z]{2,3})*")) {
          throw fail("params %s='%s' is not an ISO3 code or codes joined by '+'", key, value);
        }
      }
      case "years", "reference_years" -> years(key, value);
      case "from", "to", "year", "since" -> {
        if (!value.matches("\\d{4}")) {
          throw fail("params %s='%s' is not a year YYYY", key, value);
        }
      }
      case "measures", "measure" -> {
        for (String m : value.split(",")) {
          if (!MEASURES.contains(m.trim())) {
            throw fail("params %s='%s' is not one of %s", key, value, String.join(", ", MEASURES));
          }
        }
      }
      case "min", "max" -> {
        try {
          Double.parseDouble(value);
        } catch (NumberFormatException e) {
          throw fail("params %s='%s' is not a number", key, value);
        }
      }
      case "at" -> {
        if (!value.matches("\\d{4}-(0[1-9]|1[0-2])")) {
          throw fail("params %s='%s' is not a month YYYY-MM", key, value);
        }
      }
      case "date" -> {
        if (!value.matches("\\d{4}-(0[1-9]|1[0-2])(-\\d{2})?")) {
          throw fail("params %s='%s' is not a date YYYY-MM-DD or a month YYYY-MM", key, value);
        }
      }
      case "kind", "absent_kind" -> {
        if (!Set.of("sanction", "relief", "logistics", "other").contains(value)) {
          throw fail("params %s='%s' is not sanction, relief, logistics or other", key, value);
        }
      }
      default -> {
        // free text: editions, reference_edition, reason
      }
    }
  }

  /**
   * Parses a year list: {@code 2018-2020} or {@code 2018,2019}.
   *
   * @throws IllegalArgumentException when malformed
   */
  public static List<Integer> years(String key, String value) {
    if (value.matches("\\d{4}-\\d{4}")) {
      int a = Integer.parseInt(value.substring(0, 4));
      int b = Integer.parseInt(value.substring(5));
      if (a > b) {
        throw fail("params %s='%s' runs backwards", key, value);
      }
      return java.util.stream.IntStream.rangeClosed(a, b).boxed().collect(Collectors.toList());
    }
    if (value.matches("\\d{4}(,\\d{4})*")) {
      return Arrays.stream(value.split(",")).map(Integer::valueOf).collect(Collectors.toList());
    }
    throw fail("params %s='%s' is not a year range YYYY-YYYY or a list YYYY,YYYY", key, value);
  }

  private static IllegalArgumentException fail(String template, Object... args) {
    return new IllegalArgumentException(String.format(Locale.ROOT, template, args));
  }
}
