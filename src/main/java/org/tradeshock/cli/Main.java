package org.tradeshock.cli;

/** The only {@code main}: runs the picocli application and exits with its code. */
public final class Main {
  private Main() {}

  /** Runs the CLI. */
  public static void main(String[] args) {
    System.exit(App.commandLine().execute(args));
  }
}
