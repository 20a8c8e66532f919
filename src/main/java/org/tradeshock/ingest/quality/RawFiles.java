package org.tradeshock.ingest.quality;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.tradeshock.common.BadInputException;

/**
 * Opens raw text files whether plain, gzip-compressed ({@code .gz}) or inside a zip archive
 * ({@code .zip}, as CEPII ships BACI), and splits CSV lines.
 */
public final class RawFiles {
  private RawFiles() {}

  /**
   * One readable text entry: a plain file, a gzip file, or a member of a zip archive.
   *
   * @param file the file on disk
   * @param member the zip member name, or null
   * @param progress told of the input bytes consumed while the entry is read (compressed bytes for
   *     gzip files, the member's share of its compressed size for zip members), or null
   */
  public record Entry(Path file, String member, Progress progress) {
    /** An entry that reports no input consumption. */
    public Entry(Path file, String member) {
      this(file, member, null);
    }

    /** A copy that reports the input it consumes to {@code p}. */
    public Entry withProgress(Progress p) {
      return new Entry(file, member, p);
    }

    /** Name used in messages and quarantine files: {@code file} or {@code file!member}. */
    public String label() {
      return member == null ? file.toString() : file + "!" + member;
    }

    /** The entry's own file name (the member name for zip members). */
    public String name() {
      String n = member == null ? file.getFileName().toString() : member;
      int slash = n.lastIndexOf('/');
      return slash >= 0 ? n.substring(slash + 1) : n;
    }
  }

  /**
   * Lists the text entries of {@code file}: the file itself, or the zip members that {@code accept},
   * in archive order, read from the zip's central directory.
   *
   * @throws BadInputException when a {@code .zip} file is not a readable zip archive
   */
  public static List<Entry> entries(Path file, Predicate<String> accept) {
    List<Entry> out = new ArrayList<>();
    if (!isZip(file)) {
      out.add(new Entry(file, null));
      return out;
    }
    try (ZipFile z = openZip(file)) {
      for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
        ZipEntry e = en.nextElement();
        if (!e.isDirectory() && accept.test(e.getName())) {
          out.add(new Entry(file, e.getName()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list zip archive " + file, e);
    }
    return out;
  }

  /**
   * Opens an entry as bytes, decompressing as needed. Zip members are opened directly through the
   * archive's central directory ({@link ZipFile}), so reading every member costs one pass, not one
   * scan of the archive per member.
   *
   * @throws BadInputException when the file is not a readable zip or gzip file, or the member is
   *     missing; a corrupt or truncated stream found later while reading throws it too
   */
  public static InputStream open(Entry entry) throws IOException {
    if (entry.member() != null) {
      ZipFile z = openZip(entry.file());
      ZipEntry e = z.getEntry(entry.member());
      if (e == null) {
        z.close();
        throw new BadInputException(entry.file().toString(), "", String.format(Locale.ROOT,
            "zip member '%s' is not in the archive", entry.member()));
      }
      // the member's compressed size, in proportion to the bytes inflated so far
      double ratio = e.getSize() > 0 && e.getCompressedSize() >= 0
          ? (double) e.getCompressedSize() / e.getSize() : 1.0;
      InputStream in = new Guarded(new Counting(z.getInputStream(e), entry.progress(), ratio), entry, "zip");
      return new FilterInputStream(in) {
        @Override
        public void close() throws IOException {
          try {
            super.close();
          } finally {
            z.close();
          }
        }
      };
    }
    InputStream file = new Counting(Files.newInputStream(entry.file()), entry.progress(), 1.0);
    if (!entry.file().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      return file;
    }
    try {
      return new Guarded(new GZIPInputStream(file, 1 << 16), entry, "gzip");
    } catch (ZipException | EOFException e) {
      file.close();
      throw notReadable(entry, "gzip", e);
    }
  }

  private static boolean isZip(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
  }

  private static ZipFile openZip(Path file) throws IOException {
    try {
      return new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw notReadable(new Entry(file, null), "zip", e);
    }
  }

  private static BadInputException notReadable(Entry entry, String kind, IOException e) {
    return new BadInputException(entry.label(), "", String.format(Locale.ROOT,
        "not a readable %s file (corrupt or truncated): %s", kind, e.getMessage()), e);
  }

  /** Turns the decompressor's errors on corrupt or truncated data into {@link BadInputException}. */
  private static final class Guarded extends FilterInputStream {
    private final Entry entry;
    private final String kind;

    Guarded(InputStream in, Entry entry, String kind) {
      super(in);
      this.entry = entry;
      this.kind = kind;
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (ZipException | EOFException e) {
        throw notReadable(entry, kind, e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (ZipException | EOFException e) {
        throw notReadable(entry, kind, e);
      }
    }
  }

  /** Reports the bytes read, scaled by {@code ratio}, to a {@link Progress}. */
  private static final class Counting extends FilterInputStream {
    private final Progress progress;
    private final double ratio;
    private double pending;

    Counting(InputStream in, Progress progress, double ratio) {
      super(in);
      this.progress = progress;
      this.ratio = ratio;
    }

    private void count(long n) {
      if (progress != null && n > 0) {
        pending += n * ratio;
        long whole = (long) pending;
        progress.consumed(whole);
        pending -= whole;
      }
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      count(c < 0 ? 0 : 1);
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count(n);
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = super.skip(n);
      count(k);
      return k;
    }
  }

  /** Opens an entry as UTF-8 text with a large buffer; a leading byte-order mark is skipped. */
  public static BufferedReader reader(Entry entry) throws IOException {
    BufferedReader r = new BufferedReader(
        new InputStreamReader(open(entry), StandardCharsets.UTF_8), 1 << 16);
    r.mark(1);
    if (r.read() != '\uFEFF') {
      r.reset();
    }
    return r;
  }

  /**
   * Splits one CSV line on commas, honouring double quotes ({@code "a, b"} and {@code ""} escapes).
   * Fields are not trimmed.
   */
  public static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    if (line.indexOf('"') < 0) {
      int start = 0;
      for (int i = line.indexOf(','); i >= 0; i = line.indexOf(',', start)) {
        out.add(line.substring(start, i));
        start = i + 1;
      }
      out.add(line.substring(start));
      return out;
    }
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
