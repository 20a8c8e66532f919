package org.tradeshock.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.tradeshock.datasets.TradeTotal;

/** Display names of model regions: the country's name for one-country regions, else the code. */
final class RegionNames {
  private final Map<String, String> names = new HashMap<>();

  RegionNames(Map<String, Set<String>> members, Iterable<TradeTotal> totals) {
    Map<String, String> country = new HashMap<>();
    for (TradeTotal t : totals) {
      country.putIfAbsent(t.iso3(), t.country());
    }
    members.forEach((region, isos) -> {
      String n = isos.size() == 1 ? country.get(isos.iterator().next()) : null;
      names.put(region, n != null ? simplify(n) : "ROW".equals(region) ? "Rest of world" : region);
    });
  }

  String of(String region) {
    return names.getOrDefault(region, region);
  }

  private static String simplify(String n) {
    // FAO spells some names formally; the charts' palette and readers know the short names.
    return switch (n) {
      case "Russian Federation" -> "Russia";
      case "United States of America" -> "United States";
      case "China, mainland", "China, mainland (derived)" -> "China";
      default -> n;
    };
  }
}
