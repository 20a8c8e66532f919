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
    cl.setExitCodeExceptionMapper(e -> e instanceof BadInputException ? BAD_INPUT : FAILURE);
    cl.setParameterExceptionHandler((ex, args) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println("tradeshock: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
      return BAD_INPUT;
    });
    return cl;
  }

  private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    if (e instanceof BadInputException) {
      err.println("tradeshock: error: " + e.getMessage());
      return BAD_INPUT;
    }
    err.println(String.format(Locale.ROOT, "tradeshock: failed: %s", describe(e)));
    if (System.getenv("TRADESHOCK_DEBUG") != null) {
      e.printStackTrace(err);
    } else {
      err.println("(set TRADESHOCK_DEBUG=1 for the stack trace)");
    }
    return FAILURE;
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
