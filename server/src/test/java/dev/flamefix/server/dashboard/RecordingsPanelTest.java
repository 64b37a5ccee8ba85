package dev.flamefix.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.recording.RecordedCall;
import dev.flamefix.recording.RecordingBatch;
import dev.flamefix.server.support.ShopProfiles;
import dev.flamefix.server.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Record calls" on a hotspot in headless Chromium: the form comes prefilled with the hotspot's
 * method, starting it creates a pending request with the chosen limits, and the recordings panel
 * follows it to completed with the counts the (simulated) agent uploaded.
 */
@EnabledIfEnvironmentVariable(named = "FLAMEFIX_TEST_CHROMEDRIVER", matches = ".*\\S.*",
    disabledReason = "FLAMEFIX_TEST_CHROMEDRIVER is not set: the dashboard's Selenium tests need"
        + " Debian's chromium and chromium-driver (scripts/test.sh installs them and sets it)")
class RecordingsPanelTest {
  static final String METHOD = "com.acme.shop.Pricing#slowTotal";

  @TempDir Path dataDir;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void recordCallsFromAHotspotAndFollowTheRecording() throws Exception {
    try (TestServer server = TestServer.h2(dataDir, Map.of())) {
      server.ingest(ShopProfiles.query("shop", System.currentTimeMillis() / 1000 - 60),
          TestServer.gzip(ShopProfiles.BASE));
      ChromeDriver browser = HeadlessChrome.start(dataDir);
      try {
        browser.get(server.baseUrl() + "/#/apps/shop");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(200));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("recordings"), "No recordings yet"));
        wait.until(ExpectedConditions.elementToBeClickable(
            By.cssSelector("button[data-record='" + METHOD + "']"))).click();

        WebElement method = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("record-method")));
        assertThat(method.getAttribute("value")).isEqualTo(METHOD);
        assertThat(browser.findElement(By.id("record-max-calls")).getAttribute("value")).isEqualTo("200");
        assertThat(browser.findElement(By.id("record-duration")).getAttribute("value")).isEqualTo("60");
        WebElement maxCalls = browser.findElement(By.id("record-max-calls"));
        maxCalls.clear();
        maxCalls.sendKeys("5");
        browser.findElement(By.id("record-start")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#recordings-table tr[data-state='PENDING']")));
        assertThat(browser.findElements(By.id("record-form"))).isEmpty();

        Properties claimed = pollAsAgent(server);
        assertThat(claimed.getProperty("method")).isEqualTo(METHOD);
        assertThat(claimed.getProperty("maxCalls")).isEqualTo("5");
        // The panel refreshes itself while the request is live.
        wait.until(ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#recordings-table tr[data-state='ACTIVE']")));
        upload(server, claimed.getProperty("id"));
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#recordings-table tr[data-state='COMPLETED']")));
        assertThat(row.getText()).contains("completed").contains(METHOD + "(java.lang.String)")
            .contains("too_large 1").contains("pid 77 on h1").contains("5 calls, 60 s, 1/1");
        assertThat(row.findElements(By.cssSelector("td.num")).get(0).getText()).isEqualTo("2");
      } finally {
        browser.quit();
      }
    }
  }

  private Properties pollAsAgent(TestServer server) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
        + "/api/v1/agent/recordings/next?app=shop&pid=77&host=h1")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Properties p = new Properties();
    p.load(new StringReader(r.body()));
    return p;
  }

  private void upload(TestServer server, String id) throws Exception {
    RecordingBatch batch = new RecordingBatch(id, "shop", METHOD + "(java.lang.String)",
        RecordingBatch.Status.COMPLETED, "", 1, 2, 9, Map.of("too_large", 1L),
        List.of(new RecordedCall(1, new byte[] {1}), new RecordedCall(2, new byte[] {2})));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    batch.writeTo(out);
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
        + "/api/v1/agent/recordings/" + id)).POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
  }
}
