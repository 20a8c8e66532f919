package org.tradeshock.ingest.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.tradeshock.common.BadInputException;
import org.tradeshock.ingest.baci.BaciCodes;
import org.tradeshock.ingest.baci.BaciReader;
import org.tradeshock.ingest.comtrade.ComtradeReader;
import org.tradeshock.ingest.quality.IngestSummary;
import org.tradeshock.ingest.quality.Progress;
import org.tradeshock.ingest.quality.Quarantine;
import org.tradeshock.ingest.quality.RawFiles;
import org.tradeshock.ingest.quality.ReadCounts;
import org.tradeshock.ingest.quality.ReportSink;
import org.tradeshock.ingest.quality.Selection;

/**
 * Converts a folder of raw BACI or Comtrade files into a Parquet cache partitioned by year and HS
 * chapter ({@code flows/year=YYYY/chapter=CC/part-FILEID.parquet}), recording each raw file's
 * SHA-256 in a manifest and skipping files already ingested (same name, size and modification time,
 * or else the same checksum). The cache mirrors the raw folder: a changed file under the same name
 * replaces the rows of its previous version, and the rows and quarantine file of a raw file that is
 * no longer in the folder are deleted at the next ingest (a renamed file is ingested again under its
 * new name).
 *
 * <p>Implementation notes: each raw file is written under {@code _staging/FILEID} first, moved into
 * {@code flows/} file by file, and only then recorded in the manifest. A run that stops halfway
 * leaves at most staging leftovers, and part and quarantine files whose id is not in the manifest; the
 * next run deletes them before it starts, so nothing already ingested is lost and nothing
 * half-ingested is read.
 * Code tables ({@code country_codes*.csv}, {@code product_codes*.csv}) are taken from the raw folder,
 * or else from a release zip in it ({@link BaciCodes#find}).
 */
public final class FlowCache {
  /** Parquet writer threads: encoding costs about six times parsing, so it gets the cores. */
  private static final int WRITERS = Math.max(1, Runtime.getRuntime().availableProcessors());

  private final Path cacheDir;

  private FlowCache(Path cacheDir) {
    this.cacheDir = cacheDir;
  }

  /** The cache rooted at {@code cacheDir} (created on the first ingest). */
  public static FlowCache at(Path cacheDir) {
    return new FlowCache(cacheDir);
  }

  /** The folder holding the Hive-partitioned Parquet files. */
  public Path flowsDir() {
    return cacheDir.resolve("flows");
  }

  /** The folder holding one quarantine file per raw file that had bad rows. */
  public Path quarantineDir() {
    return cacheDir.resolve("quarantine");
  }

  /**
   * Ingests every raw data file of {@code rawDir} that is not yet in the cache.
   *
   * @param progress where progress lines go (null: silent)
   * @throws BadInputException when a file has the wrong header or the code tables are missing; files
   *     completed before it stay ingested
   */
  public IngestSummary ingest(Path rawDir, RawFormat format, PrintWriter progress) {
    long start = System.nanoTime();
    BaciCodes codes = BaciCodes.find(rawDir).orElseThrow(() -> BadInputException.at(rawDir, "",
        "no country_codes*.csv code table found in the folder or inside a zip archive in it (BACI ships"
            + " one in each release zip; for Comtrade files copy a BACI country_codes*.csv here)"));
    List<Path> files = rawFiles(rawDir);
    if (files.isEmpty()) {
      throw BadInputException.at(rawDir, "", "no raw data files (*.csv, *.csv.gz, *.zip) found");
    }
    Manifest manifest = Manifest.load(manifestFile());
    Set<String> present = new HashSet<>();
    files.forEach(f -> present.add(f.getFileName().toString()));
    for (Manifest.Line gone : manifest.retainNames(present)) {
      if (progress != null) {
        progress.printf(Locale.ROOT, "%s is no longer in %s: its %,d rows are removed from the cache%n",
            gone.name(), rawDir, gone.rowsKept());
        progress.flush();
      }
    }
    cleanUp(manifest);
    long total = files.stream().mapToLong(FlowCache::size).sum();
    Progress prog = Progress.to(progress, total, 5);
    int ingested = 0;
    int skipped = 0;
    long read = 0;
    long kept = 0;
    long bad = 0;
    Map<Quarantine.Reason, Long> reasons = new EnumMap<>(Quarantine.Reason.class);
    for (Path f : files) {
      long mtime = modified(f);
      if (manifest.containsUnchanged(f.getFileName().toString(), size(f), mtime)) {
        skipped++;
        prog.skipped(size(f));
        continue;
      }
      String sha = sha256(f);
      if (manifest.contains(sha)) {
        skipped++;
        prog.skipped(size(f));
        continue;
      }
      String fileId = sha.substring(0, 16);
      Path quarantineFile = quarantineDir().resolve(fileId + ".tsv");
      try (Quarantine q = Quarantine.to(quarantineFile)) {
        ReadCounts c = ingestFile(f, format, codes, fileId, q, prog);
        manifest.addAndSave(new Manifest.Line(sha, fileId, size(f), c.rowsRead(),
            c.rowsKept(), c.rowsQuarantined(), f.getFileName().toString(), mtime));
        // a corrected file under the same name replaces the old one's rows and quarantine file (crash
        // here: the next run's cleanUp removes them)
        cleanUp(manifest);
        q.counts().forEach((k, v) -> reasons.merge(k, v, Long::sum));
        read += c.rowsRead();
        kept += c.rowsKept();
        bad += c.rowsQuarantined();
        ingested++;
      }
    }
    return new IngestSummary(ingested, skipped, read, kept, bad, reasons, prog.bytes(),
        (System.nanoTime() - start) / 1e9);
  }

  private ReadCounts ingestFile(Path f, RawFormat format, BaciCodes codes, String fileId, Quarantine q,
      Progress prog) {
    Path staging = cacheDir.resolve("_staging").resolve(fileId);
    deleteTree(staging);
    long read = 0;
    long kept = 0;
    long bad = 0;
    long bytes = 0;
    String source = (format == RawFormat.BACI ? "BACI " : "Comtrade ") + f.getFileName();
    try (ParallelSink out = new ParallelSink(staging, fileId, source, WRITERS)) {
      for (RawFiles.Entry e : RawFiles.entries(f, format == RawFormat.BACI ? BaciReader::isDataFile
          : n -> n.toLowerCase(Locale.ROOT).endsWith(".csv"))) {
        ReadCounts c = read(e, format, codes, Selection.all(), q, prog, out);
        read += c.rowsRead();
        kept += c.rowsKept();
        bad += c.rowsQuarantined();
        bytes += c.bytesRead();
      }
    }
    publish(staging);
    return new ReadCounts(read, kept, bad, bytes);
  }

  /** Reads one raw entry of either format into {@code sink}: also the cold, cache-less path. */
  public static ReadCounts read(RawFiles.Entry entry, RawFormat format, BaciCodes codes, Selection sel,
      Quarantine q, Progress prog, ReportSink sink) {
    // the entry reports the input it consumes, so the ETA compares input bytes with input bytes
    RawFiles.Entry e = entry.progress() == null ? entry.withProgress(prog) : entry;
    return format == RawFormat.BACI
        ? new BaciReader(codes).read(e, sel, q, prog, sink)
        : new ComtradeReader(codes).read(e, sel, q, prog, sink);
  }

  /** Moves the staged part files into {@code flows/}, one atomic rename each. */
  private void publish(Path staging) {
    if (!Files.isDirectory(staging)) {
      return;
    }
    try (Stream<Path> s = Files.walk(staging)) {
      for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".parquet")).toList()) {
        Path target = flowsDir().resolve(staging.relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.move(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot move staged Parquet files from " + staging, e);
    }
    deleteTree(staging);
  }

  /**
   * Removes what no manifest line accounts for: the staging area, and part and quarantine files of
   * interrupted runs, of replaced versions and of raw files removed from the folder.
   */
  private void cleanUp(Manifest manifest) {
    deleteTree(cacheDir.resolve("_staging"));
    deleteUnlisted(flowsDir(), manifest, "part-", ".parquet");
    deleteUnlisted(quarantineDir(), manifest, "", ".tsv");
  }

  private static void deleteUnlisted(Path dir, Manifest manifest, String prefix, String suffix) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String n = p.getFileName().toString();
        boolean ours = n.startsWith(prefix) && n.endsWith(suffix)
            && manifest.hasFileId(n.substring(prefix.length(), n.length() - suffix.length()));
        if (!ours) {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot clean the cache folder " + dir, e);
    }
  }

  /** Raw files ingested so far (name, rows kept), as the manifest records them. */
  public List<String> ingestedFiles() {
    return Manifest.load(manifestFile()).lines().stream().map(Manifest.Line::name).toList();
  }

  private Path manifestFile() {
    return cacheDir.resolve("manifest.tsv");
  }

  static List<Path> rawFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (n.endsWith(".csv") || n.endsWith(".csv.gz") || n.endsWith(".zip"))
            && !n.startsWith("country_codes") && !n.startsWith("product_codes");
      }).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list raw folder " + dir, e);
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot stat " + p, e);
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot stat " + p, e);
    }
  }

  static String sha256(Path p) {
    try (InputStream in = Files.newInputStream(p)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n = in.read(buf); n > 0; n = in.read(buf)) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot checksum " + p, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + dir, e);
    }
  }

  /** Partition folders of the cache that can hold rows of {@code sel} (partition pruning by listing). */
  public List<Path> partitions(Selection sel) {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(flowsDir())) {
      return out;
    }
    try (Stream<Path> years = Files.list(flowsDir())) {
      for (Path y : years.sorted().toList()) {
        String yn = y.getFileName().toString();
        if (!yn.startsWith("year=") || !sel.keepsYear(Integer.parseInt(yn.substring(5)))) {
          continue;
        }
        try (Stream<Path> chapters = Files.list(y)) {
          for (Path c : chapters.sorted().toList()) {
            String cn = c.getFileName().toString();
            if (cn.startsWith("chapter=") && sel.keepsChapter(Integer.parseInt(cn.substring(8)))) {
              out.add(c);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list cache " + flowsDir(), e);
    }
    return out;
  }
}
