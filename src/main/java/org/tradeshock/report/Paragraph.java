package org.tradeshock.report;

import org.tradeshock.common.Checks;

/**
 * A paragraph of text with a tiny inline subset: {@code **bold**}, {@code `code`} and line breaks
 * ({@code \n}); everything else is shown literally (and escaped in HTML).
 */
public record Paragraph(String text) implements Block {
  /** Validates that the text is not blank. */
  public Paragraph {
    Checks.nonBlank("paragraph text", text);
  }

  /** Shorthand for {@code new Paragraph(text)}. */
  public static Paragraph of(String text) {
    return new Paragraph(text);
  }
}
