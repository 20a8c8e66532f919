package org.tradeshock.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tradeshock.job.Job;
import org.tradeshock.job.JobLoader;
import org.tradeshock.pipeline.JobRunner;
import org.tradeshock.pipeline.RunResult;
import org.tradeshock.pipeline.RunSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradeshock run JOB}: validates and runs a job and writes its report. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Run a job: read its datasets, build the baseline, solve the scenarios, check the claims and"
        + " write the report to REPORTS/<job>/<run-id>/ (REPORTS/<job>/latest points at it).",
        "The run folder appears only when the run succeeds."})
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "JOB", description = "the job file, e.g. jobs/potash-us-relief.yaml")
  Path jobFile;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master URL (default: the job's spark.master, else local[*]); e.g. spark://host:7077")
  String master;

  @Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports",
      description = "root folder for reports (default: ${DEFAULT-VALUE})")
  Path reports;

  @Option(names = "--run-id", paramLabel = "ID",
      description = "name of the run folder (default: the UTC start time, e.g. 20261122T142300Z)")
  String runId;

  @Option(names = "--draws", paramLabel = "N",
      description = "Monte Carlo draws, overriding the job's uncertainty.draws (e.g. 10000 for a final run)")
  Integer draws;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Job job = JobLoader.load(jobFile);
    if (draws != null && (draws < 10 || draws > 1_000_000)) {
      throw new org.tradeshock.common.BadInputException("--draws", "", draws + " is out of range; expected 10..1000000");
    }
    try {
      // fail before minutes of Spark work, not after: an I/O failure (exit code 1), not bad input
      Files.createDirectories(reports);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the reports folder " + reports, e);
    }
    RunSettings settings = RunSettings.of(job, master, reports, runId).withDraws(draws);
    RunResult result = JobRunner.run(job, settings, out::println);
    out.println(result.summary());
    out.println("report: " + result.reportDir().resolve("report.html"));
    return App.OK;
  }
}
