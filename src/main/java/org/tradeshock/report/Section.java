package org.tradeshock.report;

import java.util.List;
import org.tradeshock.common.Checks;

/** A titled part of a report, listed in the table of contents, holding blocks in reading order. */
public record Section(String id, String title, List<Block> blocks) {
  /** Validates the id (used as HTML anchor), the title, and copies the blocks. */
  public Section {
    Ids.check("section", id);
    Checks.nonBlank("section title", title);
    blocks = List.copyOf(blocks);
  }

  /** A section with the given blocks in order. */
  public static Section of(String id, String title, Block... blocks) {
    return new Section(id, title, List.of(blocks));
  }
}
