package org.tradeshock.chart;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;

/**
 * The fixed colours of tradeshock charts, so a country has the same colour in every chart: Belarus
 * strong red, Canada blue, Russia purple, Others grey; other names cycle through {@link #CYCLE}.
 */
public final class Palette {
  /** Belarus: strong red. */
  public static final Color BELARUS = new Color(0xC6, 0x28, 0x28);
  /** Canada: blue. */
  public static final Color CANADA = new Color(0x1F, 0x5F, 0xA8);
  /** Russia: purple. */
  public static final Color RUSSIA = new Color(0x6A, 0x3D, 0x9A);
  /** Others / rest of the world: neutral grey. */
  public static final Color OTHERS = new Color(0x9E, 0x9E, 0x9E);
  /** Event markers and reference lines: dark grey. */
  public static final Color MARKER = new Color(0x55, 0x55, 0x55);

  /** Colours for series without a fixed colour (scenarios, measures), in order; none is red. */
  static final Color[] CYCLE = {
    new Color(0x1B, 0x7F, 0x79), // teal
    new Color(0xE0, 0x8E, 0x0B), // amber
    new Color(0x3B, 0x4C, 0xC0), // indigo
    new Color(0x7F, 0x8C, 0x2A), // olive
    new Color(0x8E, 0x4E, 0x2E), // brown
    new Color(0x4D, 0x9D, 0xE0), // sky
  };

  private static final Map<String, Color> FIXED =
      Map.of(
          "belarus", BELARUS,
          "canada", CANADA,
          "russia", RUSSIA,
          "others", OTHERS,
          "other", OTHERS,
          "rest of world", OTHERS,
          "rest of the world", OTHERS);

  private Palette() {}

  /** The fixed colour of a country name (case-insensitive), else {@code CYCLE[fallbackIndex]} (wrapping). */
  public static Color colorFor(String name, int fallbackIndex) {
    Color fixed = FIXED.get(name.trim().toLowerCase(Locale.ROOT));
    return fixed != null ? fixed : CYCLE[Math.floorMod(fallbackIndex, CYCLE.length)];
  }
}
