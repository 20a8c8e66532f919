package org.tradeshock.ingest.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cache's record of completed ingests, one tab-separated line per raw file
 * ({@code sha256, fileId, bytes, rowsRead, rowsKept, rowsQuarantined, name, modifiedMillis}). A raw file counts as
 * ingested only once its line is here; the file is replaced atomically, so an interrupted ingest
 * never leaves a half-written manifest.
 */
final class Manifest {
  record Line(String sha256, String fileId, long bytes, long rowsRead, long rowsKept, long rowsQuarantined,
      String name, long modifiedMillis) {
    String format() {
      return String.join("\t", sha256, fileId, Long.toString(bytes), Long.toString(rowsRead),
          Long.toString(rowsKept), Long.toString(rowsQuarantined), name, Long.toString(modifiedMillis));
    }
  }

  private final Path file;
  private final Map<String, Line> bySha = new LinkedHashMap<>();

  private Manifest(Path file) {
    this.file = file;
  }

  static Manifest load(Path file) {
    Manifest m = new Manifest(file);
    if (Files.exists(file)) {
      try {
        for (String s : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String[] f = s.split("\t", -1);
          if (f.length == 8) {
            m.bySha.put(f[0], new Line(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]),
                Long.parseLong(f[4]), Long.parseLong(f[5]), f[6], Long.parseLong(f[7])));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read cache manifest " + file, e);
      }
    }
    return m;
  }

  /**
   * Whether a file with this name, size and modification time was ingested: the quick check (as in
   * rsync and make) that lets a warm run skip hashing hundreds of megabytes; a file whose size or time
   * changed is hashed and compared by checksum.
   */
  boolean containsUnchanged(String name, long bytes, long modifiedMillis) {
    return bySha.values().stream().anyMatch(l -> l.name().equals(name) && l.bytes() == bytes
        && l.modifiedMillis() == modifiedMillis);
  }

  boolean contains(String sha) {
    return bySha.containsKey(sha);
  }

  boolean hasFileId(String fileId) {
    return bySha.values().stream().anyMatch(l -> l.fileId().equals(fileId));
  }

  List<Line> lines() {
    return new ArrayList<>(bySha.values());
  }

  /**
   * Records {@code line} and drops earlier lines for a file of the same name (a corrected release);
   * returns the file ids dropped, whose part files the caller deletes after this save.
   */
  List<String> addAndSave(Line line) {
    List<String> replaced = new ArrayList<>();
    bySha.values().removeIf(l -> {
      boolean old = l.name().equals(line.name()) && !l.sha256().equals(line.sha256());
      if (old) {
        replaced.add(l.fileId());
      }
      return old;
    });
    bySha.put(line.sha256(), line);
    save();
    return replaced;
  }

  /**
   * Drops the lines of raw files whose name is not in {@code names} (files removed from the raw
   * folder) and saves; returns the lines dropped, whose part and quarantine files the caller deletes.
   */
  List<Line> retainNames(Set<String> names) {
    List<Line> dropped = new ArrayList<>();
    bySha.values().removeIf(l -> {
      boolean gone = !names.contains(l.name());
      if (gone) {
        dropped.add(l);
      }
      return gone;
    });
    if (!dropped.isEmpty()) {
      save();
    }
    return dropped;
  }

  private void save() {
    List<String> out = bySha.values().stream().map(Line::format).toList();
    try {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.write(tmp, out, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write cache manifest " + file, e);
    }
  }
}
