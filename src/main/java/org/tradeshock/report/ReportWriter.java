package org.tradeshock.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tradeshock.common.Checks;

/**
 * Writes a report run to disk atomically: {@code <root>/<job>/<run-id>/} appears complete or not at
 * all, and {@code <root>/<job>/latest} then points at it.
 *
 * <p>Implementation notes: everything is written under {@code <job>/.incomplete-<run-id>/}, then the
 * folder is renamed with {@link StandardCopyOption#ATOMIC_MOVE}. On any failure before the rename,
 * the incomplete folder (and the job folder, if this call created it and it is empty) is deleted
 * and the exception is rethrown, I/O errors wrapped in {@link UncheckedIOException}. {@code latest}
 * is a relative symbolic link, replaced by renaming a temporary link over it; where links are not
 * supported a {@code LATEST} text file holding the run id is written instead. If only that last
 * step fails, the complete run folder stays and the exception is rethrown.
 *
 * <p>Run layout: {@code report.html}, {@code report.md}, {@code charts/<id>.png},
 * {@code charts/<id>.svg}, {@code tables/<id>.csv}, the extra files, and {@code manifest.json}
 * (written last, so the manifest factory can hash every other output).
 */
public final class ReportWriter {
  private static final Pattern JOB = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Builds the manifest content once all other files of the run are written. */
  @FunctionalInterface
  public interface ManifestFactory {
    /**
     * Returns what to serialise as {@code manifest.json} (a Map, a record, a Jackson JsonNode), or
     * null to write no manifest.
     *
     * @param runDir the (still incomplete) run folder, e.g. to call {@link Manifest#sha256Tree(Path)}
     */
    Object create(Path runDir) throws IOException;

    /** A factory that always returns {@code manifest}. */
    static ManifestFactory of(Object manifest) {
      return runDir -> manifest;
    }
  }

  private final Path root;

  private ReportWriter(Path root) {
    this.root = root;
  }

  /** A writer into the given reports root (e.g. {@code reports/}); the folder is created if needed. */
  public static ReportWriter to(Path reportsRoot) {
    return new ReportWriter(Objects.requireNonNull(reportsRoot, "reportsRoot"));
  }

  /**
   * Writes one run and returns its final folder {@code <root>/<job>/<runId>}.
   *
   * @param job job name, a folder name: letters, digits, {@code .}, {@code _}, {@code -}
   * @param runId from {@link RunIds#next(java.time.Clock)}
   * @param manifest builds {@code manifest.json}; see {@link ManifestFactory#of(Object)}
   * @param extraFiles UTF-8 text files by relative path inside the run folder (e.g. {@code job.yaml})
   * @throws IllegalStateException if the run folder (or its incomplete twin) already exists
   * @throws UncheckedIOException if writing fails; nothing is left behind except as noted above
   */
  public Path write(
      Report report, String job, String runId, ManifestFactory manifest, Map<String, String> extraFiles) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(extraFiles, "extraFiles");
    Checks.check(job != null && JOB.matcher(job).matches(), "job name must be a plain folder name but was '%s'", job);
    RunIds.check(runId);
    Path jobDir = root.resolve(job);
    Path finalDir = jobDir.resolve(runId);
    Path incomplete = jobDir.resolve(".incomplete-" + runId);
    check(!Files.exists(finalDir, java.nio.file.LinkOption.NOFOLLOW_LINKS), "run folder %s already exists", finalDir);
    check(!Files.exists(incomplete), "%s already exists: another run with this id is being written or crashed", incomplete);
    boolean createdJobDir = !Files.isDirectory(jobDir);
    try {
      Files.createDirectories(jobDir);
      Files.createDirectory(incomplete);
      writeContents(incomplete, report, runId, manifest, extraFiles);
      Files.move(incomplete, finalDir, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      cleanUp(e, incomplete, createdJobDir ? jobDir : null);
      throw new UncheckedIOException("cannot write run " + finalDir + ": " + e, e);
    } catch (RuntimeException | Error e) {
      cleanUp(e, incomplete, createdJobDir ? jobDir : null);
      throw e;
    }
    updateLatest(jobDir, runId);
    return finalDir;
  }

  private static void writeContents(
      Path dir, Report report, String runId, ManifestFactory manifest, Map<String, String> extraFiles)
      throws IOException {
    Map<String, byte[]> pngs = new HashMap<>();
    List<Figure> figures = report.figures();
    if (!figures.isEmpty()) {
      Files.createDirectory(dir.resolve("charts"));
    }
    for (Figure f : figures) {
      byte[] png = ChartImages.png(f.chart());
      pngs.put(f.id(), png);
      writeNew(dir.resolve("charts/" + f.id() + ".png"), png);
      writeNew(dir.resolve("charts/" + f.id() + ".svg"), ChartImages.svg(f.chart()));
    }
    if (!report.tables().isEmpty()) {
      Files.createDirectory(dir.resolve("tables"));
    }
    for (Table t : report.tables()) {
      writeNew(dir.resolve("tables/" + t.id() + ".csv"), utf8(Csv.render(t)));
    }
    writeNew(dir.resolve("report.md"), utf8(MarkdownRenderer.render(report, Map.of(), runId)));
    writeNew(dir.resolve("report.html"), utf8(HtmlRenderer.render(report, pngs, runId)));
    for (Map.Entry<String, String> extra : extraFiles.entrySet()) {
      Path target = insideRun(dir, extra.getKey());
      Files.createDirectories(target.getParent());
      writeNew(target, utf8(Objects.requireNonNull(extra.getValue(), "content of " + extra.getKey())));
    }
    Object content = manifest.create(dir);
    if (content != null) {
      writeNew(dir.resolve("manifest.json"), utf8(JSON.writeValueAsString(content) + "\n"));
    }
  }

  private static Path insideRun(Path dir, String relative) {
    Path rel = Path.of(relative).normalize();
    Checks.check(
        !relative.isBlank() && !rel.isAbsolute() && !rel.startsWith("..") && !rel.toString().isEmpty(),
        "extra file path must be relative and stay inside the run folder but was '%s'",
        relative);
    return dir.resolve(rel);
  }

  private static void writeNew(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void updateLatest(Path jobDir, String runId) {
    Path latest = jobDir.resolve("latest");
    Path tmpLink = jobDir.resolve(".latest-" + runId + ".tmp");
    try {
      try {
        Files.deleteIfExists(tmpLink);
        Files.createSymbolicLink(tmpLink, Path.of(runId));
      } catch (UnsupportedOperationException | FileSystemException e) {
        Path tmpFile = jobDir.resolve(".LATEST-" + runId + ".tmp");
        Files.writeString(tmpFile, runId + "\n", StandardCharsets.UTF_8);
        Files.move(tmpFile, jobDir.resolve("LATEST"), StandardCopyOption.ATOMIC_MOVE);
        return;
      }
      // rename(2) replaces the old link in one step, so readers never see 'latest' missing.
      Files.move(tmpLink, latest, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("run written, but cannot point " + latest + " at " + runId, e);
    }
  }

  private static void cleanUp(Throwable failure, Path incomplete, Path createdJobDir) {
    if (Files.exists(incomplete)) {
      try (Stream<Path> walk = Files.walk(incomplete)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException | RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
    if (createdJobDir != null) {
      try {
        Files.deleteIfExists(createdJobDir); // only succeeds when empty, which is what we want
      } catch (IOException e) {
        // Not empty: another run landed there meanwhile; leave it.
      }
    }
  }

  private static void check(boolean condition, String template, Object... args) {
    if (!condition) {
      throw new IllegalStateException(String.format(Locale.ROOT, template, args));
    }
  }
}
