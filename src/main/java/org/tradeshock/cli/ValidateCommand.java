package org.tradeshock.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tradeshock.job.Job;
import org.tradeshock.job.JobLoader;
import org.tradeshock.pipeline.Preflight;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradeshock validate JOB}: checks a job file and its datasets without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a job file (keys, values, references, dataset files) without running it.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "JOB", description = "the job file, e.g. jobs/potash-us-relief.yaml")
  Path jobFile;

  @Override
  public Integer call() {
    Job job = JobLoader.load(jobFile);
    Preflight.check(job);
    spec.commandLine().getOut().printf("%s: valid job '%s' (%d scenarios, %d measures, %d datasets)%n",
        jobFile, job.name(), job.spec().scenarios().size(),
        job.spec().measures() == null ? 0 : job.spec().measures().size(), job.datasets().size());
    return App.OK;
  }
}
