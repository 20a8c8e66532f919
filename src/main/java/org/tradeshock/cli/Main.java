package org.tradeshock.cli;

/** Entry point placeholder; replaced by the picocli application. */
public final class Main {
  private Main() {}

  /** Runs the CLI. */
  public static void main(String[] args) {
    System.exit(0);
  }
}
