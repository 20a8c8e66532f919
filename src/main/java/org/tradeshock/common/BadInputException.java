package org.tradeshock.common;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Bad user input (a job file, a dataset, a command-line value) with the place it was found.
 *
 * <p>The CLI maps this exception to exit code 2 and prints only {@link #getMessage()}: a user never
 * sees a stack trace for their own mistake. The message always names the file, the line or field,
 * the bad value and what was expected.
 */
public final class BadInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String location;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param source the file (or other input) that holds the bad value
   * @param location where in the source: "line 12", "key scenarios[2].measures", "column v"; may be empty
   * @param problem what is wrong and what was expected
   */
  public BadInputException(String source, String location, String problem) {
    this(source, location, problem, null);
  }

  /** Same as {@link #BadInputException(String, String, String)}, keeping the cause. */
  public BadInputException(String source, String location, String problem, Throwable cause) {
    super(format(source, location, problem), cause);
    this.source = Objects.requireNonNull(source, "source");
    this.location = location == null ? "" : location;
    this.problem = problem;
  }

  /** Convenience for a file source. */
  public static BadInputException at(Path file, String location, String problem) {
    return new BadInputException(file.toString(), location, problem);
  }

  /** Convenience for a file source with a line number (1-based, as editors show it). */
  public static BadInputException atLine(Path file, long line, String problem) {
    return new BadInputException(file.toString(), "line " + line, problem);
  }

  private static String format(String source, String location, String problem) {
    return location == null || location.isEmpty()
        ? String.format(Locale.ROOT, "%s: %s", source, problem)
        : String.format(Locale.ROOT, "%s: %s: %s", source, location, problem);
  }

  /** The file or input that holds the bad value. */
  public String getSource() {
    return source;
  }

  /** Where in the source: a line, a key, a column; empty when the whole source is at fault. */
  public String getLocation() {
    return location;
  }

  /** What is wrong and what was expected, without the source and location. */
  public String getProblem() {
    return problem;
  }
}
