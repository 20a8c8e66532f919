package org.tradeshock.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.tradeshock.common.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code tradeshock} command. */
@Command(
    name = "tradeshock",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Sanctions-and-trade impact analysis: runs job files that combine trade data, claims and"
        + " economic scenarios into reports with charts.",
    subcommands = {RunCommand.class, ValidateCommand.class, ListCommand.class, DatasetsCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:failure (a model did not converge, an I/O error)",
        "2:bad input (command line, job file or dataset)"})
public final class App {
  /** Exit code for success. */
  public static final int OK = 0;
  /** Exit code for a failure that is not the user's input. */
  public static final int FAILURE = 1;
  /** Exit code for bad input. */
  public static final int BAD_INPUT = 2;

  /** A configured command line: exit codes and error handling as documented. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new App());
    cl.setExecutionExceptionHandler(App::handle);
    cl.setExitCodeExceptionMapper(e -> badInput(e) != null ? BAD_INPUT : FAILURE);
    cl.setParameterExceptionHandler((ex, args) -> {
      StringBuilder line = new StringBuilder("tradeshock: ").append(oneLine(ex.getMessage()));
      if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
        line.append(" (did you mean ").append(String.join(" or ", u.getSuggestions())).append("?)");
      }
      line.append("; try '").append(ex.getCommandLine().getCommandSpec().qualifiedName()).append(" --help'");
      ex.getCommandLine().getErr().println(line);
      return BAD_INPUT;
    });
    return cl;
  }

  /**
   * Prints one line on stderr. Bad input is recognised anywhere in the cause chain, because a reader
   * running in a worker thread or behind an I/O wrapper may deliver it wrapped.
   */
  private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    BadInputException bad = badInput(e);
    if (bad != null) {
      err.println("tradeshock: error: " + oneLine(bad.getMessage()));
      err.flush();
      return BAD_INPUT;
    }
    if (System.getenv("TRADESHOCK_DEBUG") != null) {
      err.println(String.format(Locale.ROOT, "tradeshock: failed: %s", describe(e)));
      e.printStackTrace(err);
    } else {
      err.println(String.format(Locale.ROOT, "tradeshock: failed: %s (set TRADESHOCK_DEBUG=1 for the stack trace)",
          describe(e)));
    }
    err.flush();
    return FAILURE;
  }

  private static BadInputException badInput(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BadInputException b) {
        return b;
      }
    }
    return null;
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    Throwable c = e.getCause();
    // UncheckedIOException("Cannot write X", cause): the cause says why (no space left, not a folder)
    if (c != null && c.getMessage() != null && !m.contains(c.getMessage())) {
      m = m + ": " + c.getClass().getSimpleName() + " " + c.getMessage();
    }
    return oneLine(m);
  }

  /** Folds line breaks so that every message is exactly one line on the terminal. */
  static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
