package org.tradeshock.common;

import java.util.Locale;

/** Argument checks for record constructors; comparisons are written so that NaN fails them. */
public final class Checks {
  private Checks() {}

  /** Returns {@code value} if it is finite, else throws naming {@code name}. */
  public static double finite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s must be a finite number but was %s", name, value));
    }
    return value;
  }

  /** Returns {@code value} if it is finite and &gt;= 0. */
  public static double nonNegative(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s must be a finite number >= 0 but was %s", name, value));
    }
    return value;
  }

  /** Returns {@code value} if it is finite and &gt; 0. */
  public static double positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s must be a finite number > 0 but was %s", name, value));
    }
    return value;
  }

  /** Returns {@code value} if it is finite and &lt; 0. */
  public static double negative(String name, double value) {
    if (!(value < 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s must be a finite number < 0 but was %s", name, value));
    }
    return value;
  }

  /** Returns {@code value} if it is a non-blank string. */
  public static String nonBlank(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s must be a non-empty text but was '%s'", name, value));
    }
    return value;
  }

  /** Throws when {@code condition} is false, with a message formatted in {@link Locale#ROOT}. */
  public static void check(boolean condition, String template, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, template, args));
    }
  }
}
