package org.tradeshock.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.tradeshock.common.BadInputException;
import org.tradeshock.ingest.FlowStore;
import org.tradeshock.ingest.FlowsQuery;
import org.tradeshock.ingest.SparkSessions;
import org.tradeshock.ingest.cache.FlowCache;
import org.tradeshock.ingest.cache.RawFormat;
import org.tradeshock.ingest.quality.IngestSummary;
import org.tradeshock.ingest.quality.Selection;
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

  /**
   * Checks the options the readers would otherwise reject deep inside with an exception that does not
   * name the option. Each check throws {@link BadInputException} naming the option, the value and the
   * expectation, so the user gets exit code 2 and one line.
   */
  static Path rawFolder(Path raw) {
    if (!Files.isDirectory(raw)) {
      throw new BadInputException("--raw", "", String.format(Locale.ROOT,
          "folder '%s' %s; expected a folder of raw files (*.csv, *.csv.gz, *.zip) with a country_codes*.csv table",
          raw, Files.exists(raw) ? "is not a folder" : "not found"));
    }
    return raw;
  }

  static List<String> hsPrefixes(List<String> hs) {
    for (String p : hs) {
      if (!Selection.isHsPrefix(p.trim())) {
        throw new BadInputException("--hs", "", String.format(Locale.ROOT,
            "'%s' is not an HS prefix; expected %s", p, Selection.HS_PREFIX_EXPECTED));
      }
    }
    return hs.stream().map(String::trim).toList();
  }

  static Set<Integer> years(List<Integer> years) {
    for (int y : years) {
      if (y < 1900 || y > 2100) {
        throw new BadInputException("--years", "", String.format(Locale.ROOT,
            "%d is not a plausible year; expected 1900..2100", y));
      }
    }
    return new HashSet<>(years);
  }

  static Set<String> countries(List<String> countries) {
    for (String c : countries) {
      if (!c.trim().matches("[A-Za-z]{3}")) {
        throw new BadInputException("--countries", "", String.format(Locale.ROOT,
            "'%s' is not an ISO3 code; expected three letters such as RUS or BLR", c));
      }
    }
    return Set.copyOf(countries.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).toList());
  }

  /** Accepts the format in any case ("baci", "BACI"). */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<RawFormat> {
    @Override
    public RawFormat convert(String value) {
      try {
        return RawFormat.parse(value);
      } catch (IllegalArgumentException e) {
        // picocli prints "Invalid value for option '--format': " + this message, without a class name
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
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
      rawFolder(raw);
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
      FlowsQuery q = FlowsQuery.of(rawFolder(raw), format, years(years), hsPrefixes(hs), countries(countries));
      if (cache != null) {
        q = q.withCacheDir(cache);
      }
      PrintWriter out = spec.commandLine().getOut();
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
      if (rows < 1) {
        throw new BadInputException("--rows", "", String.format(Locale.ROOT,
            "%d is not a number of rows; expected a whole number >= 1 such as 10000000", rows));
      }
      if (year < 1900 || year > 2100) {
        throw new BadInputException("--year", "", String.format(Locale.ROOT,
            "%d is not a plausible year; expected 1900..2100", year));
      }
      long t0 = System.nanoTime();
      BaciGenerator.Written w = BaciGenerator.write(out, rows, year, seed);
      spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %,d rows (%.1f MB) to %s in %.1f s%n", w.rows(),
          w.bytes() / 1e6, w.dataFile(), (System.nanoTime() - t0) / 1e9);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
