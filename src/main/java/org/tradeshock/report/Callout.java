package org.tradeshock.report;

import java.util.Locale;
import java.util.Objects;
import org.tradeshock.common.Checks;

/** A highlighted remark such as "estimated baseline", with the same inline subset as {@link Paragraph}. */
public record Callout(Kind kind, String text) implements Block {
  /** How strongly a callout draws attention. */
  public enum Kind {
    /** Background information, e.g. a data source or a definition. */
    NOTE,
    /** A caveat the reader must not miss, e.g. an estimated baseline or a missing source. */
    WARNING;

    /** The label shown before the text, e.g. {@code Note}. */
    public String label() {
      String lower = name().toLowerCase(Locale.ROOT);
      return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
  }

  /** Validates the kind and that the text is not blank. */
  public Callout {
    Objects.requireNonNull(kind, "callout kind");
    Checks.nonBlank("callout text", text);
  }

  /** A {@link Kind#NOTE} callout. */
  public static Callout note(String text) {
    return new Callout(Kind.NOTE, text);
  }

  /** A {@link Kind#WARNING} callout. */
  public static Callout warning(String text) {
    return new Callout(Kind.WARNING, text);
  }
}
