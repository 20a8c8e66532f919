package org.tradeshock.report;

import java.util.List;
import org.tradeshock.common.Checks;

/** An unordered list whose items use the same inline subset as {@link Paragraph}. */
public record BulletList(List<String> items) implements Block {
  /** Copies the items and checks that there is at least one and none is blank. */
  public BulletList {
    items = List.copyOf(items);
    Checks.check(!items.isEmpty(), "a bullet list needs at least one item");
    for (int i = 0; i < items.size(); i++) {
      Checks.nonBlank("bullet list item " + i, items.get(i));
    }
  }

  /** Shorthand for a list of the given items. */
  public static BulletList of(String... items) {
    return new BulletList(List.of(items));
  }
}
