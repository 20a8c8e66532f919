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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
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

  private HttpServer server;
  private final Queue<int[]> script = new ConcurrentLinkedQueue<>(); // {status, delayMillis}
  private final List<String> seen = new ArrayList<>();

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
    int[] step = script.poll();
    int status = step == null ? 200 : step[0];
    if (step != null && step[1] > 0) {
      try {
        Thread.sleep(step[1]);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    String body;
    if (status == 200) {
      body = q.contains("flowCode=X")
          ? "{\"elements\":null,\"count\":1,\"data\":[" + record(124, "X", 842, 1_000_000, 4_000_000) + "]}"
          : "{\"count\":1,\"data\":[" + record(124, "M", 643, 1_060_000, 3_000_000) + "]}";
    } else {
      body = "{\"statusCode\":" + status + ",\"message\":\"Rate limit is exceeded. Try again in 0 seconds.\"}";
      if (status == 429) {
        ex.getResponseHeaders().add("Retry-After", "0");
      }
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
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    return new ComtradeApiClient(new ComtradeApiClient.Settings(base, "test-key", cache, Duration.ofMillis(5),
        Duration.ofMillis(400), 4, Duration.ofMillis(10), 1000));
  }

  private static final ComtradeApiClient.Request REQUEST = new ComtradeApiClient.Request(List.of(124),
      List.of(2022), List.of(), List.of("310420"), List.of("X", "M"));

  @Test
  void pagesRetriesRateLimitsErrorsAndTimeoutsThenWritesAnIngestibleCsv(@TempDir Path tmp) {
    script.add(new int[] {429, 0});
    script.add(new int[] {503, 0});
    script.add(new int[] {200, 1500}); // longer than the 400 ms timeout
    ComtradeApiClient c = client(tmp.resolve("http-cache"));
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
      script.add(new int[] {500, 0});
    }
    Path csv = tmp.resolve("c.csv");
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> client(tmp.resolve("h")).download(REQUEST, csv));
    assertTrue(e.getMessage().contains("after 4 attempts") && e.getMessage().contains("HTTP 500"), e.getMessage());
    assertFalse(Files.exists(csv));
  }
}
