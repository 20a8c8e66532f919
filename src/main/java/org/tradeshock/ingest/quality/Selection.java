package org.tradeshock.ingest.quality;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tradeshock.common.Checks;

/**
 * Which flows a run needs: years, HS code prefixes ({@code 3104}, {@code 310420}) and countries
 * (ISO3; a flow is kept when either side is selected). Empty means "all". Readers apply it as early
 * as possible so that unneeded rows cost only a few comparisons.
 *
 * @param years selected years, empty for all
 * @param hsPrefixes selected HS code prefixes of 2 to 6 digits, empty for all
 * @param countries selected ISO3 codes, empty for all
 */
public record Selection(Set<Integer> years, List<String> hsPrefixes, Set<String> countries) {
  /** What an HS prefix must look like, for error messages that state the expectation. */
  public static final String HS_PREFIX_EXPECTED = "2 to 6 digits such as 31, 3104 or 310420";

  /** Validates and copies. */
  public Selection {
    years = Set.copyOf(years);
    hsPrefixes = List.copyOf(hsPrefixes);
    for (String p : hsPrefixes) {
      Checks.check(isHsPrefix(p), "HS prefix must be %s but was '%s'", HS_PREFIX_EXPECTED, p);
    }
    countries = countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(
        java.util.stream.Collectors.toUnmodifiableSet());
  }

  /**
   * Whether {@code code} can select products: 2 to 6 digits. Callers that take HS codes from a user
   * (command line, job file) check with this first, so that the user sees their own option or key.
   */
  public static boolean isHsPrefix(String code) {
    return code != null && code.matches("[0-9]{2,6}");
  }

  /** Everything. */
  public static Selection all() {
    return new Selection(Set.of(), List.of(), Set.of());
  }

  /** Whether {@code year} is selected. */
  public boolean keepsYear(int year) {
    return years.isEmpty() || years.contains(year);
  }

  /** Whether {@code product} starts with one of the selected prefixes. */
  public boolean keepsProduct(String product) {
    if (hsPrefixes.isEmpty()) {
      return true;
    }
    for (String p : hsPrefixes) {
      if (product.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the HS chapter (two digits as a number) can hold a selected product. */
  public boolean keepsChapter(int chapter) {
    if (hsPrefixes.isEmpty()) {
      return true;
    }
    for (String p : hsPrefixes) {
      if (Integer.parseInt(p.substring(0, 2)) == chapter) {
        return true;
      }
    }
    return false;
  }

  /** Whether a flow between {@code a} and {@code b} touches a selected country. */
  public boolean keepsPair(String a, String b) {
    return countries.isEmpty() || countries.contains(a) || countries.contains(b);
  }
}
