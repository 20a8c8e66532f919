package org.tradeshock.job;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * A validated job: the spec, where it came from, its hash, and its datasets resolved to files.
 *
 * @param file the job file
 * @param sha256 SHA-256 of the job file's bytes, for the manifest
 * @param spec the validated spec
 * @param datasets dataset name to an existing file
 */
public record Job(Path file, String sha256, JobSpec spec, Map<DatasetName, Path> datasets) {
  /** Copies the map. */
  public Job {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(spec, "spec");
    datasets = Map.copyOf(datasets);
  }

  /** The job's name (its folder under reports/). */
  public String name() {
    return spec.job();
  }

  /** The file of a dataset, if the job names it. */
  public java.util.Optional<Path> dataset(DatasetName name) {
    return java.util.Optional.ofNullable(datasets.get(name));
  }
}
