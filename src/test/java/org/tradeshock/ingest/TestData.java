package org.tradeshock.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locations of the project's fixtures and of the shared real-format reference files. */
public final class TestData {
  private TestData() {}

  /** The project's own fixtures. */
  public static Path fixture(String relative) {
    return Path.of("src/test/resources/ingest").resolve(relative);
  }

  /**
   * A file under ../shared/potash/data (or ../../shared/potash/data from a git worktree under
   * /work/wt); skips the test when that folder is absent.
   */
  public static Path shared(String relative) {
    Path dir = Path.of("../shared/potash/data");
    if (!Files.isDirectory(dir) && Files.isDirectory(Path.of("../../shared/potash/data"))) {
      dir = Path.of("../../shared/potash/data");
    }
    assumeTrue(Files.isDirectory(dir), "../shared/potash/data not found: skipping real-format test");
    return dir.resolve(relative);
  }
}
