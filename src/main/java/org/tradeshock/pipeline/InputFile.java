package org.tradeshock.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.tradeshock.job.DatasetName;
import org.tradeshock.job.Job;

/**
 * One input file of a run with its checksum, for the manifest and the provenance section.
 *
 * @param name dataset name (or "job")
 * @param path the file
 * @param sha256 SHA-256 of its bytes, hex
 * @param bytes size
 */
public record InputFile(String name, Path path, String sha256, long bytes) {

  /** The job file and every dataset it names, hashed (streamed, so large files are fine). */
  static List<InputFile> of(Job job) {
    List<InputFile> out = new ArrayList<>();
    out.add(hash("job", job.file()));
    for (Map.Entry<DatasetName, Path> e : new java.util.TreeMap<>(job.datasets()).entrySet()) {
      out.add(hash(e.getKey().key(), e.getValue()));
    }
    return out;
  }

  static InputFile hash(String name, Path p) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(p), MessageDigest.getInstance("SHA-256"))) {
      byte[] buf = new byte[1 << 16];
      long n = 0;
      int k;
      while ((k = in.read(buf)) > 0) {
        n += k;
      }
      String hex = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
      return new InputFile(name, p, hex, n);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read input " + p, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
