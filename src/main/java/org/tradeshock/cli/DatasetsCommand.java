package org.tradeshock.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.tradeshock.ingest.FlowStore;
import org.tradeshock.ingest.FlowsQuery;
import org.tradeshock.ingest.SparkSessions;
import org.tradeshock.ingest.cache.FlowCache;
import org.tradeshock.ingest.cache.RawFormat;
import org.tradeshock.ingest.quality.IngestSummary;
import org.tradeshock.ingest.synth.BaciGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code datasets}: ingest raw trade files into the Parquet cache, query normalised flows, and
 * generate synthetic BACI-scale files. Bad input data raises
 * {@link org.tradeshock.common.BadInputException}, which the application maps to exit code 2.
 */
@Command(name = "datasets", mixinStandardHelpOptions = true,
    description = "Ingest, query and generate trade datasets (BACI, Comtrade).",
    subcommands = {DatasetsCommand.Ingest.class, DatasetsCommand.Flows.class, DatasetsCommand.Generate.class})
public final class DatasetsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--master", defaultValue = SparkSessions.DEFAULT_MASTER,
      description = "Spark master URL (default: ${DEFAULT-VALUE}).")
  String master;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** Accepts the format in any case ("baci", "BACI"). */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<RawFormat> {
    @Override
    public RawFormat convert(String value) {
      return RawFormat.parse(value);
    }
  }

  /** {@code datasets ingest}: raw files to the Parquet cache. */
  @Command(name = "ingest", mixinStandardHelpOptions = true,
      description = "Convert raw BACI or Comtrade files into the Parquet cache (partitioned by year and HS"
          + " chapter); files already ingested are skipped; bad rows go to <cache>/quarantine.")
  static final class Ingest implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, converter = FormatConverter.class,
        description = "baci or comtrade.")
    RawFormat format;

    @Option(names = "--raw", required = true,
        description = "Folder of raw files (*.csv, *.csv.gz, *.zip) with country_codes*.csv.")
    Path raw;

    @Option(names = "--cache", required = true, description = "Cache folder (created if needed).")
    Path cache;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "Ingesting %s files from %s into %s%n", format, raw, cache);
      IngestSummary s = FlowCache.at(cache).ingest(raw, format, out);
      out.println(s.describe());
      if (s.rowsQuarantined() > 0) {
        out.println("Quarantined rows (with line numbers and reasons): " + FlowCache.at(cache).quarantineDir());
      }
      out.flush();
      return 0;
    }
  }

  /** {@code datasets flows}: the normalised, mirror-reconciled flows of a selection. */
  @Command(name = "flows", mixinStandardHelpOptions = true,
      description = "Print the normalised, mirror-reconciled flows of a selection as CSV.")
  static final class Flows implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    DatasetsCommand parent;

    @Option(names = "--format", required = true, converter = FormatConverter.class,
        description = "baci or comtrade.")
    RawFormat format;

    @Option(names = "--raw", required = true, description = "Folder of raw files.")
    Path raw;

    @Option(names = "--cache", description = "Cache folder (default: under java.io.tmpdir).")
    Path cache;

    @Option(names = "--years", split = ",", description = "Years, e.g. 2021,2022 (default: all).")
    List<Integer> years = new ArrayList<>();

    @Option(names = "--hs", split = ",", description = "HS prefixes, e.g. 3104,310420 (default: all).")
    List<String> hs = new ArrayList<>();

    @Option(names = "--countries", split = ",", description = "ISO3 codes (default: all).")
    List<String> countries = new ArrayList<>();

    @Option(names = "--no-cache", description = "Stream the raw files directly (no Spark, no cache).")
    boolean noCache;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      FlowsQuery q = FlowsQuery.of(raw, format, new HashSet<>(years), hs, Set.copyOf(countries));
      if (cache != null) {
        q = q.withCacheDir(cache);
      }
      FlowStore.Loaded l;
      if (noCache) {
        l = FlowStore.loadWithoutCache(q);
      } else {
        SparkSession spark = SparkSessions.open(parent.master, "tradeshock datasets flows");
        try {
          l = FlowStore.load(spark, q, spec.commandLine().getErr());
        } finally {
          spark.stop();
        }
      }
      out.println("year,exporter,importer,product,value_usd,tonnes,source,basis");
      l.flows().forEach(f -> out.printf(Locale.ROOT, "%d,%s,%s,%s,%.3f,%s,%s,%s%n", f.year(), f.exporter(),
          f.importer(), f.product(), f.valueUsd(), Double.isNaN(f.tonnes()) ? "" : String.valueOf(f.tonnes()),
          f.source(), f.basis()));
      PrintWriter err = spec.commandLine().getErr();
      err.println(l.baseline());
      err.println(l.ingest().describe());
      err.print(l.mirrors().toMarkdown());
      out.flush();
      err.flush();
      return 0;
    }
  }

  /** {@code datasets generate}: a synthetic BACI year. */
  @Command(name = "generate", mixinStandardHelpOptions = true,
      description = "Write a synthetic BACI year (data file and code tables) for scale tests.")
  static final class Generate implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rows", required = true, description = "Number of data rows, e.g. 10000000.")
    long rows;

    @Option(names = "--year", defaultValue = "2021", description = "Year (default: ${DEFAULT-VALUE}).")
    int year;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "Output folder.")
    Path out;

    @Override
    public Integer call() {
      long t0 = System.nanoTime();
      BaciGenerator.Written w = BaciGenerator.write(out, rows, year, seed);
      spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %,d rows (%.1f MB) to %s in %.1f s%n", w.rows(),
          w.bytes() / 1e6, w.dataFile(), (System.nanoTime() - t0) / 1e9);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
