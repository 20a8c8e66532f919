package org.tradeshock.ingest.comtrade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Downloads from the UN Comtrade+ API ({@code GET {base}/data/v1/get/C/A/HS?reporterCode=..&period=..
 * &partnerCode=..&cmdCode=..&flowCode=..}) and writes the records as a Comtrade+ CSV that
 * {@link ComtradeReader} ingests like a bulk file.
 *
 * <p>Implementation notes: the API has no offset paging and truncates a response at
 * {@code maxRecords}, so the client pages by splitting the query into one request per (reporter,
 * year, flow). A page that still comes back full is split again, per HS code and then per listed
 * partner; a full page that cannot be split (one HS code, all partners) is an error that says what to
 * narrow. Requests are spaced by a minimum interval (the free tier allows about one per second), a 429
 * waits for {@code Retry-After} (seconds or an HTTP date), and 5xx answers and timeouts are retried
 * with exponential backoff; other 4xx answers are not retried. A 200 answer is checked before it is
 * cached: it must be a JSON object with a {@code data} (or {@code elements}) array; an HTML page, an
 * error object or an answer without records is an error and is not cached. Every valid page is cached
 * on disk under the SHA-256 of its URL (without the key), so a re-run or a resumed download sends no
 * request for pages it already has.
 */
public final class ComtradeApiClient {
  /** The Comtrade+ CSV columns written, in the order of the API's own CSV download. */
  public static final List<String> COLUMNS = List.of("typeCode", "freqCode", "refPeriodId", "refYear",
      "refMonth", "period", "reporterCode", "reporterISO", "reporterDesc", "flowCode", "flowDesc", "partnerCode",
      "partnerISO", "partnerDesc", "partner2Code", "partner2ISO", "partner2Desc", "classificationCode",
      "classificationSearchCode", "isOriginalClassification", "cmdCode", "cmdDesc", "aggrLevel", "isLeaf",
      "customsCode", "customsDesc", "mosCode", "motCode", "motDesc", "qtyUnitCode", "qtyUnitAbbr", "qty",
      "isQtyEstimated", "altQtyUnitCode", "altQtyUnitAbbr", "altQty", "isAltQtyEstimated", "netWgt",
      "isNetWgtEstimated", "grossWgt", "isGrossWgtEstimated", "cifvalue", "fobvalue", "primaryValue",
      "legacyEstimationFlag", "isReported", "isAggregate");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Settings settings;
  private final HttpClient http;
  private final Sleeper sleeper;
  private final Clock clock;
  private long lastRequestNanos;
  private int requestsSent;

  /**
   * How the client talks to the API.
   *
   * @param baseUri for example {@code https://comtradeapi.un.org}
   * @param subscriptionKey the API key sent as {@code Ocp-Apim-Subscription-Key}, or null
   * @param cacheDir where responses are cached
   * @param minInterval minimum time between two requests
   * @param timeout per-request timeout
   * @param maxAttempts attempts per page before giving up (&gt;= 1)
   * @param initialBackoff first retry delay, doubled at each retry
   * @param maxRecords the API's maxRecords parameter
   */
  public record Settings(URI baseUri, String subscriptionKey, Path cacheDir, Duration minInterval,
      Duration timeout, int maxAttempts, Duration initialBackoff, int maxRecords) {
    /** Validates the settings. */
    public Settings {
      Objects.requireNonNull(baseUri, "baseUri");
      Objects.requireNonNull(cacheDir, "cacheDir");
      if (maxAttempts < 1 || maxRecords < 1) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "maxAttempts and maxRecords must be >= 1 but were %d and %d", maxAttempts, maxRecords));
      }
    }

    /** Defaults for the public API: 1 request per second, 60 s timeout, 5 attempts, 100,000 records. */
    public static Settings defaults(String key, Path cacheDir) {
      return new Settings(URI.create("https://comtradeapi.un.org"), key, cacheDir, Duration.ofSeconds(1),
          Duration.ofSeconds(60), 5, Duration.ofSeconds(2), 100_000);
    }
  }

  /**
   * What to download: annual HS data.
   *
   * @param reporters numeric Comtrade reporter codes
   * @param years years
   * @param partners numeric partner codes, empty for all partners
   * @param hsCodes HS codes (2, 4 or 6 digits)
   * @param flows "M" and/or "X"
   */
  public record Request(List<Integer> reporters, List<Integer> years, List<Integer> partners,
      List<String> hsCodes, List<String> flows) {
    /** Copies the lists. */
    public Request {
      reporters = List.copyOf(reporters);
      years = List.copyOf(years);
      partners = List.copyOf(partners);
      hsCodes = List.copyOf(hsCodes);
      flows = List.copyOf(flows);
    }
  }

  /** Waits between requests; tests pass one that records the waits. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  /** A client with these settings. */
  public ComtradeApiClient(Settings settings) {
    this(settings, d -> Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000)), Clock.systemUTC());
  }

  /** A client that waits with {@code sleeper} and reads HTTP-date {@code Retry-After}s against {@code clock}. */
  ComtradeApiClient(Settings settings, Sleeper sleeper, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
  }

  /** Number of HTTP requests sent so far (cache hits send none). */
  public int requestsSent() {
    return requestsSent;
  }

  /**
   * Downloads every page of {@code request} and writes one Comtrade+ CSV (written to a temporary file
   * and renamed, so a failed download leaves no partial CSV).
   *
   * @return the number of records written
   */
  public long download(Request request, Path csv) {
    List<JsonNode> records = new ArrayList<>();
    for (int reporter : request.reporters()) {
      for (int year : request.years()) {
        for (String flow : request.flows()) {
          records.addAll(pages(reporter, year, flow, request.hsCodes(), request.partners()));
        }
      }
    }
    Path tmp = csv.resolveSibling(csv.getFileName() + ".part");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      w.write(String.join(",", COLUMNS));
      w.write('\n');
      for (JsonNode r : records) {
        w.write(COLUMNS.stream().map(c -> csvField(r.get(c))).collect(Collectors.joining(",")));
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + tmp, e);
    }
    try {
      Files.move(tmp, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot rename " + tmp + " to " + csv, e);
    }
    return records.size();
  }

  private static String csvField(JsonNode n) {
    if (n == null || n.isNull()) {
      return "";
    }
    String s = n.isBoolean() ? (n.booleanValue() ? "True" : "False") : n.asText();
    return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  /**
   * The records of one (reporter, year, flow) for these HS codes and partners: one page, or, when the
   * page is full, the pages of the query split per HS code and then per partner.
   */
  private List<JsonNode> pages(int reporter, int year, String flow, List<String> hs, List<Integer> partners) {
    String url = url(reporter, year, flow, hs, partners);
    List<JsonNode> page = page(url);
    if (page.size() < settings.maxRecords()) {
      return page;
    }
    List<JsonNode> out = new ArrayList<>();
    if (hs.size() > 1) {
      for (String code : hs) {
        out.addAll(pages(reporter, year, flow, List.of(code), partners));
      }
    } else if (partners.size() > 1) {
      for (int partner : partners) {
        out.addAll(pages(reporter, year, flow, hs, List.of(partner)));
      }
    } else {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "Comtrade page %s returned %d records, the maxRecords limit, and cannot be split further: the"
              + " answer would be truncated; ask for 6-digit HS codes or name the partners", url, page.size()));
    }
    return out;
  }

  String url(int reporter, int year, String flow, List<String> hs, List<Integer> partners) {
    StringBuilder q = new StringBuilder(settings.baseUri().toString()).append("/data/v1/get/C/A/HS?reporterCode=")
        .append(reporter).append("&period=").append(year).append("&flowCode=").append(enc(flow))
        .append("&cmdCode=").append(enc(String.join(",", hs)));
    if (!partners.isEmpty()) {
      q.append("&partnerCode=").append(partners.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
    return q.append("&maxRecords=").append(settings.maxRecords()).append("&includeDesc=false").toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** One page: from the disk cache, or fetched with retries, checked, and then cached. */
  private List<JsonNode> page(String url) {
    Path cached = settings.cacheDir().resolve(sha256(url) + ".json");
    if (Files.exists(cached)) {
      try {
        return records(url, read(cached));
      } catch (IllegalStateException e) {
        // written by an older version that cached without checking: fetch the page again
      }
    }
    String body = fetch(url);
    List<JsonNode> out = records(url, body); // throws before anything is cached
    store(cached, body);
    return out;
  }

  /**
   * The records of an answer, or an exception that says what came back instead: an HTML page, an
   * error object ({@code error}, {@code message}), or JSON without a {@code data} array.
   */
  static List<JsonNode> records(String url, String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      root = null;
    }
    if (root == null || !root.isObject()) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "Comtrade answer for %s is not a JSON object (an error page?); it begins '%s'", url, abbreviate(body)));
    }
    JsonNode elements = root.path("data");
    if (!elements.isArray()) {
      elements = root.path("elements");
    }
    String error = root.path("error").asText("");
    if (!error.isBlank() || !elements.isArray()) {
      String said = !error.isBlank() ? error : root.path("message").asText("");
      throw new IllegalStateException(String.format(Locale.ROOT,
          "Comtrade answer for %s has no data array%s; expected {\"count\":..,\"data\":[...]} but it begins '%s'",
          url, said.isBlank() ? "" : " (the API says: " + abbreviate(said) + ")", abbreviate(body)));
    }
    List<JsonNode> out = new ArrayList<>();
    elements.forEach(out::add);
    return out;
  }

  private String fetch(String url) {
    Duration backoff = settings.initialBackoff();
    String last = "";
    for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
      pace();
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(settings.timeout()).GET();
      if (settings.subscriptionKey() != null) {
        b.header("Ocp-Apim-Subscription-Key", settings.subscriptionKey());
      }
      Duration wait = backoff;
      try {
        requestsSent++;
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() == 200) {
          return r.body();
        }
        last = "HTTP " + r.statusCode() + ": " + abbreviate(r.body());
        if (r.statusCode() == 429) {
          Duration b0 = backoff;
          wait = r.headers().firstValue("Retry-After").map(v -> retryAfter(v, clock.instant(), b0)).orElse(backoff);
        } else if (r.statusCode() < 500) {
          throw new IllegalStateException("Comtrade API refused " + url + ": " + last);
        }
      } catch (HttpTimeoutException e) {
        last = "timed out after " + settings.timeout().toMillis() + " ms";
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while downloading " + url, e);
      }
      if (attempt < settings.maxAttempts()) {
        sleep(wait);
        backoff = backoff.multipliedBy(2);
      }
    }
    throw new UncheckedIOException(new IOException(String.format(Locale.ROOT,
        "Comtrade API request %s failed after %d attempts; last error: %s", url, settings.maxAttempts(), last)));
  }

  private void pace() {
    long gap = settings.minInterval().toNanos() - (System.nanoTime() - lastRequestNanos);
    if (lastRequestNanos != 0 && gap > 0) {
      sleep(Duration.ofNanos(gap));
    }
    lastRequestNanos = System.nanoTime();
  }

  /**
   * The wait a {@code Retry-After} header asks for: delay-seconds ({@code 120}) or an HTTP date
   * ({@code Wed, 21 Oct 2026 07:28:00 GMT}) counted from {@code now}; {@code fallback} when it is
   * neither, and zero for a date in the past.
   */
  static Duration retryAfter(String value, Instant now, Duration fallback) {
    String v = value.trim();
    if (v.matches("[0-9]{1,9}")) {
      return Duration.ofSeconds(Long.parseLong(v));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException e) {
      return fallback;
    }
  }

  private void sleep(Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting between Comtrade requests", e);
    }
  }

  private static String abbreviate(String s) {
    String one = s == null ? "" : s.strip().replaceAll("\\s+", " ");
    return one.length() > 200 ? one.substring(0, 200) + "..." : one;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read cached response " + p, e);
    }
  }

  private static void store(Path p, String body) {
    try {
      Files.createDirectories(p.getParent());
      Path tmp = p.resolveSibling(p.getFileName() + ".tmp");
      Files.writeString(tmp, body, StandardCharsets.UTF_8);
      Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot cache response in " + p, e);
    }
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
