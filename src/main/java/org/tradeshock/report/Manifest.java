package org.tradeshock.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Helpers for building a run manifest: SHA-256 of input and output files, streamed. */
public final class Manifest {
  private Manifest() {}

  /**
   * The SHA-256 of a file as 64 lower-case hex digits, read in 64 KiB chunks (any size works).
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static String sha256(Path file) {
    MessageDigest digest = newDigest();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot hash " + file, e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * SHA-256 of every regular file under {@code dir}, keyed by the path relative to {@code dir} with
   * {@code /} separators, sorted; useful inside a {@link ReportWriter.ManifestFactory} to list outputs.
   */
  public static Map<String, String> sha256Tree(Path dir) {
    Map<String, String> hashes = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    for (Path f : files) {
      hashes.put(dir.relativize(f).toString().replace('\\', '/'), sha256(f));
    }
    return hashes;
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
