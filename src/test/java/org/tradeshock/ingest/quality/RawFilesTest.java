package org.tradeshock.ingest.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeshock.common.BadInputException;

class RawFilesTest {
  private static String text(int lines, String prefix) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      b.append(prefix).append(',').append(i).append('\n');
    }
    return b.toString();
  }

  private static String readAll(RawFiles.Entry e) throws IOException {
    try (BufferedReader r = RawFiles.reader(e)) {
      return r.lines().collect(Collectors.joining("\n", "", "\n"));
    }
  }

  private static Path zip(Path file, List<String> names, List<String> bodies) throws IOException {
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < names.size(); i++) {
        z.putNextEntry(new ZipEntry(names.get(i)));
        z.write(bodies.get(i).getBytes(StandardCharsets.UTF_8));
      }
    }
    return file;
  }

  @Test
  void opensEachZipMemberDirectlyAndReportsItsCompressedShare(@TempDir Path tmp) throws IOException {
    List<String> bodies = List.of(text(20_000, "a"), text(20_000, "b"), text(20_000, "c"));
    Path zip = zip(tmp.resolve("release.zip"), List.of("a.csv", "dir/b.csv", "c.csv"), bodies);
    List<RawFiles.Entry> entries = RawFiles.entries(zip, n -> n.endsWith(".csv"));
    assertEquals(List.of("a.csv", "dir/b.csv", "c.csv"), entries.stream().map(RawFiles.Entry::member).toList());
    Progress p = Progress.silent();
    // the last member first: no dependence on reading order
    assertEquals(bodies.get(2), readAll(entries.get(2).withProgress(p)));
    assertEquals(bodies.get(1), readAll(entries.get(1)));
    long compressed;
    try (var z = new java.util.zip.ZipFile(zip.toFile())) {
      compressed = z.getEntry("c.csv").getCompressedSize();
    }
    // the inflated bytes times compressed/uncompressed size: the member's compressed size, +-1 rounding
    assertEquals(compressed, p.inputBytes(), 1.0);
  }

  @Test
  void countsThePlainAndGzipInputConsumedAsStoredOnDisk(@TempDir Path tmp) throws IOException {
    String body = text(50_000, "x");
    Path gz = tmp.resolve("data.csv.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write(body.getBytes(StandardCharsets.UTF_8));
    }
    Progress p = Progress.silent();
    assertEquals(body, readAll(new RawFiles.Entry(gz, null).withProgress(p)));
    assertEquals(Files.size(gz), p.inputBytes());
    assertTrue(p.inputBytes() < body.length(), "compressed, not decompressed, bytes");
  }

  @Test
  void aCorruptZipIsBadInputNamingTheFile(@TempDir Path tmp) throws IOException {
    Path bad = tmp.resolve("BACI_broken.zip");
    Files.writeString(bad, "this is not a zip archive");
    BadInputException e = assertThrows(BadInputException.class, () -> RawFiles.entries(bad, n -> true));
    assertTrue(e.getMessage().startsWith(bad + ": not a readable zip file"), e.getMessage());
  }

  @Test
  void aTruncatedZipIsBadInputNamingTheFile(@TempDir Path tmp) throws IOException {
    Path whole = zip(tmp.resolve("whole.zip"), List.of("a.csv"), List.of(text(50_000, "a")));
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = tmp.resolve("cut.zip");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2)); // central directory lost
    BadInputException e = assertThrows(BadInputException.class, () -> RawFiles.entries(cut, n -> true));
    assertTrue(e.getMessage().contains("cut.zip") && e.getMessage().contains("not a readable zip"),
        e.getMessage());
  }

  @Test
  void aTruncatedGzipIsBadInputNamingTheFile(@TempDir Path tmp) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(buf)) {
      o.write(text(50_000, "x").getBytes(StandardCharsets.UTF_8));
    }
    Path cut = tmp.resolve("BACI_Y2022.csv.gz");
    Files.write(cut, Arrays.copyOf(buf.toByteArray(), buf.size() / 2));
    BadInputException e = assertThrows(BadInputException.class, () -> readAll(new RawFiles.Entry(cut, null)));
    assertTrue(e.getMessage().startsWith(cut + ": not a readable gzip file"), e.getMessage());
  }

  @Test
  void aFileNamedGzThatIsNotGzipIsBadInput(@TempDir Path tmp) throws IOException {
    Path f = tmp.resolve("plain.csv.gz");
    Files.writeString(f, "t,i,j,k,v,q\n");
    BadInputException e = assertThrows(BadInputException.class, () -> readAll(new RawFiles.Entry(f, null)));
    assertTrue(e.getMessage().contains("plain.csv.gz") && e.getMessage().contains("gzip"), e.getMessage());
  }
}
