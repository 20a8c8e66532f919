package org.tradeshock.ingest.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens raw text files whether plain, gzip-compressed ({@code .gz}) or inside a zip archive
 * ({@code .zip}, as CEPII ships BACI), and splits CSV lines.
 */
public final class RawFiles {
  private RawFiles() {}

  /** One readable text entry: a plain file, a gzip file, or a member of a zip archive. */
  public record Entry(Path file, String member) {
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

  /** Lists the text entries of {@code file}: the file itself, or the zip members that {@code accept}. */
  public static List<Entry> entries(Path file, Predicate<String> accept) {
    List<Entry> out = new ArrayList<>();
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
      out.add(new Entry(file, null));
      return out;
    }
    try (ZipInputStream z = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        if (!e.isDirectory() && accept.test(e.getName())) {
          out.add(new Entry(file, e.getName()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list zip archive " + file, e);
    }
    return out;
  }

  /** Opens an entry as bytes, decompressing as needed. */
  public static InputStream open(Entry entry) throws IOException {
    InputStream in = Files.newInputStream(entry.file());
    if (entry.member() != null) {
      ZipInputStream z = new ZipInputStream(in);
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        if (e.getName().equals(entry.member())) {
          return z;
        }
      }
      z.close();
      throw new IOException("zip member " + entry.member() + " vanished from " + entry.file());
    }
    String n = entry.file().getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
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
