package org.tradeshock.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.tradeshock.common.BadInputException;
import org.tradeshock.job.Job;
import org.tradeshock.job.JobLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradeshock list}: the job files in the jobs folder, with their titles. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the jobs in the jobs folder.")
final class ListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--jobs-dir", paramLabel = "DIR", defaultValue = "jobs",
      description = "folder of job files (default: ${DEFAULT-VALUE})")
  Path jobsDir;

  @Override
  public Integer call() {
    if (!Files.isDirectory(jobsDir)) {
      throw new BadInputException(jobsDir.toString(), "", "jobs folder not found; expected a folder of .yaml job files");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Path> files = files();
    if (files.isEmpty()) {
      out.println("no job files (*.yaml) in " + jobsDir);
    }
    for (Path f : files) {
      out.println(describe(f));
    }
    return App.OK;
  }

  private List<Path> files() {
    try (Stream<Path> s = Files.list(jobsDir)) {
      return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + jobsDir, e);
    }
  }

  private static String describe(Path f) {
    try {
      Job j = JobLoader.load(f);
      return String.format(java.util.Locale.ROOT, "%-28s %s (%d scenarios)", f, j.spec().title(), j.spec().scenarios().size());
    } catch (BadInputException e) {
      return String.format(java.util.Locale.ROOT, "%-28s INVALID: %s", f, e.getMessage());
    }
  }
}
