package org.tradeshock.report;

import org.tradeshock.common.Checks;

/** A plain-text formula shown as a monospace block, e.g. {@code q_i = a_i * p_i^(-eps)}. */
public record Equation(String text) implements Block {
  /** Validates that the formula is not blank. */
  public Equation {
    Checks.nonBlank("equation text", text);
  }

  /** Shorthand for {@code new Equation(text)}. */
  public static Equation of(String text) {
    return new Equation(text);
  }
}
