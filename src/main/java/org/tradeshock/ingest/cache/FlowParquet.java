package org.tradeshock.ingest.cache;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.tradeshock.ingest.quality.ReportSink;

/**
 * Writes validated reports straight to Hive-partitioned Parquet files
 * ({@code year=YYYY/chapter=CC/part-ID.parquet}) with the Parquet library, no Spark.
 *
 * <p>Implementation notes: going through Spark ({@code createDataFrame} or a CSV scan) would add
 * Spark's per-row cost to every one of the ten million rows of a BACI year; the Parquet writer's
 * record consumer costs a few field calls per row. Spark reads the files back with partition pruning
 * on year and chapter and predicate push-down on product and countries.
 */
final class FlowParquet implements ReportSink, Closeable {
  static final MessageType SCHEMA = MessageTypeParser.parseMessageType(
      "message flow { required binary reporter (STRING); required binary partner (STRING);"
          + " required binary flow (STRING); required binary product (STRING);"
          + " required double value_usd; optional double tonnes; required binary source (STRING); }");

  private final Path root;
  private final String fileId;
  private final Binary source;
  private final Map<Integer, ParquetWriter<Row>> writers = new HashMap<>();
  private final Row row = new Row();
  // the writers of the current year by chapter: avoids a boxed map lookup per row
  @SuppressWarnings({"unchecked", "rawtypes"})
  private final ParquetWriter<Row>[] byChapter = new ParquetWriter[100];
  private int currentYear = Integer.MIN_VALUE;

  /** Mutable holder reused for every row, so that writing allocates nothing per row. */
  static final class Row {
    Binary reporter;
    Binary partner;
    boolean export;
    Binary product;
    double value;
    double tonnes;
    Binary source;
  }

  FlowParquet(Path root, String fileId, String source) {
    this.root = root;
    this.fileId = fileId;
    this.source = Binary.fromString(source);
  }

  private final Map<String, Binary> binaries = new HashMap<>();

  private Binary bin(String s) {
    return binaries.computeIfAbsent(s, Binary::fromString);
  }

  @Override
  public void accept(int year, String reporter, String partner, boolean export, String product,
      double valueUsd, double tonnes) {
    int chapter = (product.charAt(0) - '0') * 10 + (product.charAt(1) - '0');
    ParquetWriter<Row> w = year == currentYear ? byChapter[chapter] : null;
    if (w == null) {
      int key = year * 100 + chapter;
      w = writers.get(key);
      if (w == null) {
        w = open(year, chapter);
        writers.put(key, w);
      }
      if (year != currentYear) {
        currentYear = year;
        java.util.Arrays.fill(byChapter, null);
      }
      byChapter[chapter] = w;
    }
    row.reporter = bin(reporter);
    row.partner = bin(partner);
    row.export = export;
    row.product = bin(product);
    row.value = valueUsd;
    row.tonnes = tonnes;
    row.source = source;
    try {
      w.write(row);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write Parquet under " + root, e);
    }
  }

  private ParquetWriter<Row> open(int year, int chapter) {
    Path dir = root.resolve("year=" + year).resolve(String.format(Locale.ROOT, "chapter=%02d", chapter));
    try {
      Files.createDirectories(dir);
      return new Builder(new LocalOutputFile(dir.resolve("part-" + fileId + ".parquet")))
          .withCompressionCodec(CompressionCodecName.SNAPPY)
          .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
          .withRowGroupSize(8L << 20)
          .withDictionaryEncoding(true)
          // values are almost all distinct: a dictionary attempt would only be built and dropped
          .withDictionaryEncoding("value_usd", false)
          .withDictionaryEncoding("tonnes", false)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create Parquet file in " + dir, e);
    }
  }

  @Override
  public void close() {
    IOException first = null;
    for (ParquetWriter<Row> w : writers.values()) {
      try {
        w.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    writers.clear();
    if (first != null) {
      throw new UncheckedIOException("Cannot finish Parquet files under " + root, first);
    }
  }

  private static final class Builder extends ParquetWriter.Builder<Row, Builder> {
    Builder(OutputFile file) {
      super(file);
    }

    @Override
    protected Builder self() {
      return this;
    }

    // the Hadoop-Configuration variant is deprecated but still the abstract one in Parquet 1.17
    @SuppressWarnings("deprecation")
    @Override
    protected WriteSupport<Row> getWriteSupport(Configuration conf) {
      return new RowWriteSupport();
    }
  }

  private static final class RowWriteSupport extends WriteSupport<Row> {
    private static final Binary X = Binary.fromString("X");
    private static final Binary M = Binary.fromString("M");
    private RecordConsumer rc;

    @SuppressWarnings("deprecation")
    @Override
    public WriteContext init(Configuration configuration) {
      return new WriteContext(SCHEMA, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.rc = recordConsumer;
    }

    @Override
    public void write(Row r) {
      rc.startMessage();
      field(0, "reporter", r.reporter);
      field(1, "partner", r.partner);
      field(2, "flow", r.export ? X : M);
      field(3, "product", r.product);
      rc.startField("value_usd", 4);
      rc.addDouble(r.value);
      rc.endField("value_usd", 4);
      if (!Double.isNaN(r.tonnes)) {
        rc.startField("tonnes", 5);
        rc.addDouble(r.tonnes);
        rc.endField("tonnes", 5);
      }
      field(6, "source", r.source);
      rc.endMessage();
    }

    private void field(int i, String name, Binary b) {
      rc.startField(name, i);
      rc.addBinary(b);
      rc.endField(name, i);
    }
  }
}
