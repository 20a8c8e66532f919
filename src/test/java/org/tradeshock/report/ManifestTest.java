package org.tradeshock.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
  @TempDir Path dir;

  @Test
  void hashesFileWithSha256() throws IOException {
    Path f = Files.writeString(dir.resolve("abc.txt"), "abc");
    // FIPS 180-2 test vector for "abc"
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Manifest.sha256(f));
  }

  @Test
  void hashesTreeByRelativePath() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/abc.txt"), "abc");
    Files.writeString(dir.resolve("empty"), "");
    assertEquals(Map.of(
        "sub/abc.txt", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        // SHA-256 of the empty input
        "empty", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"), Manifest.sha256Tree(dir));
  }
}
