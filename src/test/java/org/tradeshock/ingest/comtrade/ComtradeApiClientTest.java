package org.tradeshock.ingest.comtrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeshock.ingest.TestData;
import org.tradeshock.ingest.baci.BaciCodes;
import org.tradeshock.ingest.mirror.ReportedFlow;
import org.tradeshock.ingest.quality.Progress;
import org.tradeshock.ingest.quality.Quarantine;
import org.tradeshock.ingest.quality.RawFiles;
import org.tradeshock.ingest.quality.Selection;

/** The API client against a local server on 127.0.0.1 that replays scripted answers. */
class ComtradeApiClientTest {
  /** One Comtrade+ record in the API's JSON shape ("data" array, as data/v1/get answers). */
  private static String record(int reporter, String flow, int partner, double value, double kg) {
    return String.format(java.util.Locale.ROOT, "{\"typeCode\":\"C\",\"freqCode\":\"A\",\"refPeriodId\":20220101,"
        + "\"refYear\":2022,\"refMonth\":52,\"period\":\"2022\",\"reporterCode\":%d,\"reporterISO\":null,"
        + "\"flowCode\":\"%s\",\"partnerCode\":%d,\"partner2Code\":0,\"classificationCode\":\"H6\","
        + "\"isOriginalClassification\":true,\"cmdCode\":\"310420\",\"customsCode\":\"C00\",\"mosCode\":\"0\","
        + "\"motCode\":0,\"qtyUnitCode\":8,\"qty\":%s,\"netWgt\":%s,\"cifvalue\":null,\"fobvalue\":%s,"
        + "\"primaryValue\":%s,\"legacyEstimationFlag\":0,\"isReported\":true,\"isAggregate\":false}",
        reporter, flow, partner, kg, kg, value, value);
  }

  /** One scripted answer: the status, a delay, and optionally the body and a Retry-After header. */
  private record Step(int status, int delayMillis, String body, String retryAfter) {
    Step(int status, int delayMillis) {
      this(status, delayMillis, null, status == 429 ? "0" : null);
    }
  }

  private HttpServer server;
  private final Queue<Step> script = new ConcurrentLinkedQueue<>();
  private final List<String> seen = new ArrayList<>();
  /** The body of an unscripted 200 answer for a query. */
  private Function<String, String> pages = ComtradeApiClientTest::defaultPage;
  /** Every wait the client asked for (the clients built here do not really sleep). */
  private final List<Duration> sleeps = new ArrayList<>();
  private Clock clock = Clock.systemUTC();

  private static String defaultPage(String q) {
    return q.contains("flowCode=X")
        ? "{\"elements\":null,\"count\":1,\"data\":[" + record(124, "X", 842, 1_000_000, 4_000_000) + "]}"
        : "{\"count\":1,\"data\":[" + record(124, "M", 643, 1_060_000, 3_000_000) + "]}";
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/data/v1/get/C/A/HS", this::answer);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(HttpExchange ex) throws IOException {
    String q = ex.getRequestURI().getQuery();
    synchronized (seen) {
      seen.add(q);
    }
    Step step = script.poll();
    int status = step == null ? 200 : step.status();
    if (step != null && step.delayMillis() > 0) {
      try {
        Thread.sleep(step.delayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    String body;
    if (step != null && step.body() != null) {
      body = step.body();
    } else if (status == 200) {
      body = pages.apply(q);
    } else {
      body = "{\"statusCode\":" + status + ",\"message\":\"Rate limit is exceeded. Try again in 0 seconds.\"}";
    }
    if (step != null && step.retryAfter() != null) {
      ex.getResponseHeaders().add("Retry-After", step.retryAfter());
    }
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(b);
    } catch (IOException e) {
      // the client gave up (timeout test)
    }
  }

  private ComtradeApiClient client(Path cache) {
    return client(cache, 1000, Duration.ofSeconds(10));
  }

  private ComtradeApiClient client(Path cache, int maxRecords) {
    return client(cache, maxRecords, Duration.ofSeconds(10));
  }

  /**
   * A client whose waits are recorded in {@link #sleeps} and shortened to at most 20 ms. The timeout is
   * generous except in the timeout test, so that a busy build machine does not turn an answer into a
   * timeout and a retry.
   */
  private ComtradeApiClient client(Path cache, int maxRecords, Duration timeout) {
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    return new ComtradeApiClient(new ComtradeApiClient.Settings(base, "test-key", cache, Duration.ofMillis(5),
        timeout, 4, Duration.ofMillis(10), maxRecords), d -> {
          synchronized (sleeps) {
            sleeps.add(d);
          }
          Thread.sleep(Math.min(20, d.toMillis()));
        }, clock);
  }

  private static final ComtradeApiClient.Request REQUEST = new ComtradeApiClient.Request(List.of(124),
      List.of(2022), List.of(), List.of("310420"), List.of("X", "M"));

  @Test
  void pagesRetriesRateLimitsErrorsAndTimeoutsThenWritesAnIngestibleCsv(@TempDir Path tmp) {
    script.add(new Step(429, 0));
    script.add(new Step(503, 0));
    script.add(new Step(200, 4000)); // longer than the 1.5 s timeout
    ComtradeApiClient c = client(tmp.resolve("http-cache"), 1000, Duration.ofMillis(1500));
    Path csv = tmp.resolve("comtrade_api.csv");
    assertEquals(2, c.download(REQUEST, csv));
    assertEquals(5, c.requestsSent(), "3 failed + 2 pages");
    assertTrue(seen.get(0).contains("reporterCode=124") && seen.get(0).contains("period=2022")
        && seen.get(0).contains("cmdCode=310420") && seen.get(0).contains("flowCode=X"), seen.get(0));
    assertTrue(seen.get(seen.size() - 1).contains("flowCode=M"));

    List<ReportedFlow> rows = new ArrayList<>();
    new ComtradeReader(BaciCodes.find(TestData.fixture("comtrade")).orElseThrow()).read(
        new RawFiles.Entry(csv, null), Selection.all(), Quarantine.to(null), Progress.silent(),
        (y, r, p, x, k, v, t) -> rows.add(new ReportedFlow(y, r, p, x, k, v, t, "api")));
    assertEquals(2, rows.size());
    assertEquals("USA", rows.get(0).partner());
    assertEquals(4000, rows.get(0).tonnes(), 1e-9);
    assertEquals("RUS", rows.get(1).partner());
  }

  @Test
  void answersARepeatedDownloadFromTheDiskCacheWithoutRequests(@TempDir Path tmp) {
    client(tmp.resolve("http-cache")).download(REQUEST, tmp.resolve("a.csv"));
    ComtradeApiClient again = client(tmp.resolve("http-cache"));
    again.download(REQUEST, tmp.resolve("b.csv"));
    assertEquals(0, again.requestsSent());
  }

  @Test
  void givesUpAfterMaxAttemptsNamingTheLastErrorAndWritesNoPartialFile(@TempDir Path tmp) {
    for (int i = 0; i < 4; i++) {
      script.add(new Step(500, 0));
    }
    Path csv = tmp.resolve("c.csv");
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> client(tmp.resolve("h")).download(REQUEST, csv));
    assertTrue(e.getMessage().contains("after 4 attempts") && e.getMessage().contains("HTTP 500"), e.getMessage());
    assertFalse(Files.exists(csv));
  }

  private static long cachedPages(Path cache) throws IOException {
    if (!Files.isDirectory(cache)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(cache)) {
      return s.filter(p -> p.toString().endsWith(".json")).count();
    }
  }

  private static final ComtradeApiClient.Request EXPORTS = new ComtradeApiClient.Request(List.of(124),
      List.of(2022), List.of(), List.of("310420"), List.of("X"));

  @Test
  void waitsTheSecondsThatRetryAfterAsksFor(@TempDir Path tmp) {
    script.add(new Step(429, 0, null, "7"));
    ComtradeApiClient c = client(tmp.resolve("h"));
    assertEquals(1, c.download(EXPORTS, tmp.resolve("x.csv")));
    assertEquals(2, c.requestsSent());
    assertTrue(sleeps.contains(Duration.ofSeconds(7)), sleeps::toString);
  }

  @Test
  void readsARetryAfterGivenAsAnHttpDate(@TempDir Path tmp) {
    Instant now = Instant.parse("2026-03-02T10:00:00Z");
    clock = Clock.fixed(now, ZoneOffset.UTC);
    // RFC 9110 section 10.2.3: Retry-After = HTTP-date / delay-seconds
    script.add(new Step(429, 0, null,
        DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(30).atZone(ZoneOffset.UTC))));
    ComtradeApiClient c = client(tmp.resolve("h"));
    assertEquals(1, c.download(EXPORTS, tmp.resolve("x.csv")));
    assertTrue(sleeps.contains(Duration.ofSeconds(30)), sleeps::toString);
  }

  @Test
  void retryAfterInThePastOrUnreadableFallsBack() {
    Instant now = Instant.parse("2026-03-02T10:00:00Z");
    Duration fallback = Duration.ofSeconds(2);
    assertEquals(Duration.ZERO, ComtradeApiClient.retryAfter("Mon, 02 Mar 2026 09:59:00 GMT", now, fallback));
    assertEquals(Duration.ofSeconds(90), ComtradeApiClient.retryAfter("Mon, 02 Mar 2026 10:01:30 GMT", now, fallback));
    assertEquals(fallback, ComtradeApiClient.retryAfter("soon", now, fallback));
    assertEquals(Duration.ofSeconds(120), ComtradeApiClient.retryAfter(" 120 ", now, fallback));
  }

  @Test
  void aClientErrorIsNotRetried(@TempDir Path tmp) {
    script.add(new Step(400, 0, "{\"statusCode\":400,\"message\":\"Invalid cmdCode\"}", null));
    ComtradeApiClient c = client(tmp.resolve("h"));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> c.download(EXPORTS, tmp.resolve("x.csv")));
    assertEquals(1, c.requestsSent());
    assertTrue(e.getMessage().contains("HTTP 400") && e.getMessage().contains("Invalid cmdCode"), e.getMessage());
    assertTrue(sleeps.stream().noneMatch(d -> d.toMillis() >= 10), "no backoff wait: " + sleeps);
  }

  @Test
  void anAnswerThatIsNotDataFailsAndIsNotCached(@TempDir Path tmp) throws IOException {
    Path cache = tmp.resolve("h");
    script.add(new Step(200, 0, "<html><body>Service under maintenance</body></html>", null));
    IllegalStateException html = assertThrows(IllegalStateException.class,
        () -> client(cache).download(EXPORTS, tmp.resolve("x.csv")));
    assertTrue(html.getMessage().contains("not a JSON object") && html.getMessage().contains("<html>"),
        html.getMessage());
    script.add(new Step(200, 0, "{\"error\":\"Invalid subscription key\",\"elements\":[]}", null));
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> client(cache).download(EXPORTS, tmp.resolve("x.csv")));
    assertTrue(error.getMessage().contains("Invalid subscription key"), error.getMessage());
    script.add(new Step(200, 0, "{\"count\":0}", null));
    IllegalStateException none = assertThrows(IllegalStateException.class,
        () -> client(cache).download(EXPORTS, tmp.resolve("x.csv")));
    assertTrue(none.getMessage().contains("no data array"), none.getMessage());
    assertEquals(0, cachedPages(cache));
    assertFalse(Files.exists(tmp.resolve("x.csv")));

    ComtradeApiClient again = client(cache); // the server answers properly now
    assertEquals(1, again.download(EXPORTS, tmp.resolve("x.csv")));
    assertEquals(1, again.requestsSent(), "the bad answers were not served from the cache");
    assertEquals(1, cachedPages(cache));
  }

  @Test
  void splitsAFullPagePerHsCode(@TempDir Path tmp) {
    // maxRecords 2: the page for both codes comes back full, each code's own page does not
    pages = q -> q.contains("cmdCode=310420,310490") // the server sees the decoded query
        ? "{\"data\":[" + record(124, "X", 842, 1, 1) + "," + record(124, "X", 156, 2, 2) + "]}"
        : "{\"data\":[" + record(124, "X", q.contains("cmdCode=310420") ? 842 : 156, 5, 5) + "]}";
    ComtradeApiClient.Request r = new ComtradeApiClient.Request(List.of(124), List.of(2022), List.of(),
        List.of("310420", "310490"), List.of("X"));
    assertEquals(2, client(tmp.resolve("h"), 2).download(r, tmp.resolve("x.csv")));
    assertEquals(3, seen.size(), seen::toString);
    assertTrue(seen.get(1).contains("cmdCode=310420&") && seen.get(2).contains("cmdCode=310490&"), seen::toString);
  }

  @Test
  void aFullPageThatCannotBeSplitFailsSayingWhatToNarrow(@TempDir Path tmp) {
    pages = q -> "{\"data\":[" + record(124, "X", 842, 1, 1) + "," + record(124, "X", 156, 2, 2) + "]}";
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> client(tmp.resolve("h"), 2).download(EXPORTS, tmp.resolve("x.csv")));
    assertTrue(e.getMessage().contains("maxRecords") && e.getMessage().contains("name the partners"), e.getMessage());
    assertFalse(Files.exists(tmp.resolve("x.csv")));
  }
}
