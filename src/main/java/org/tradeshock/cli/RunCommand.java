package org.tradeshock.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tradeshock.common.BadInputException;
import org.tradeshock.job.Job;
import org.tradeshock.job.JobLoader;
import org.tradeshock.job.JobValidator;
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

  @Option(names = "--sensitivity", paramLabel = "METHOD",
      description = "uncertainty method, overriding the job's uncertainty.method: monte_carlo (mc) or one_at_a_time"
          + " (oat: no draws and no Spark job, each parameter at the ends of its range; quick)")
  String sensitivity;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Job job = JobLoader.load(jobFile);
    if (draws != null && (draws < 10 || draws > 1_000_000)) {
      throw new BadInputException("--draws", "", draws + " is out of range; expected 10..1000000");
    }
    try {
      // fail before minutes of Spark work, not after: an I/O failure (exit code 1), not bad input
      Files.createDirectories(reports);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the reports folder " + reports, e);
    }
    RunSettings settings = RunSettings.of(job, master, reports, runId).withDraws(draws).withMethod(method(job));
    RunResult result = JobRunner.run(job, settings, out::println);
    out.println(result.summary());
    out.println("report: " + result.reportDir().resolve("report.html"));
    return App.OK;
  }

  /** The --sensitivity method in the job's spelling, or null when not given. */
  private String method(Job job) {
    if (sensitivity == null) {
      return null;
    }
    String m = switch (sensitivity) {
      case "mc", JobValidator.MONTE_CARLO -> JobValidator.MONTE_CARLO;
      case "oat", JobValidator.ONE_AT_A_TIME -> JobValidator.ONE_AT_A_TIME;
      default -> throw new BadInputException("--sensitivity", "", "'" + sensitivity
          + "' is not a method; expected monte_carlo (mc) or one_at_a_time (oat)");
    };
    if (job.spec().uncertainty() == null) {
      throw new BadInputException(job.file().toString(), "key uncertainty",
          "missing; --sensitivity needs the job's uncertainty section (its parameter ranges)");
    }
    if (JobValidator.ONE_AT_A_TIME.equals(m) && draws != null) {
      throw new BadInputException("--draws", "", "applies to the Monte Carlo only; drop it or use --sensitivity"
          + " monte_carlo");
    }
    return m;
  }
}
