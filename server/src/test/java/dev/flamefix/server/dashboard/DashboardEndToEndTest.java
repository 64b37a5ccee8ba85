package dev.flamefix.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.examples.orders.OrderService;
import dev.flamefix.server.optimize.Api;
import dev.flamefix.server.optimize.QuickPipeline;
import dev.flamefix.server.support.TestServer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard end to end in headless Chromium: the example service runs under the flamefix
 * agent and pushes real profiles; the test opens the dashboard, finds the example's hotspots and
 * flame graph, starts an optimization with the "Optimize" button, watches the job page finish
 * (progress over server-sent events), reviews the proposal's side-by-side diff and evidence,
 * accepts it, and browses the knowledge base. Each page is saved to {@code docs/screenshots/}.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver}; {@code scripts/test.sh} installs
 * them and sets {@code FLAMEFIX_TEST_CHROMEDRIVER} (and {@code FLAMEFIX_TEST_CHROME}). Without that
 * variable the test is skipped.
 */
@EnabledIfEnvironmentVariable(named = "FLAMEFIX_TEST_CHROMEDRIVER", matches = ".*\\S.*",
    disabledReason = "FLAMEFIX_TEST_CHROMEDRIVER is not set: the dashboard's Selenium test needs"
        + " Debian's chromium and chromium-driver (scripts/test.sh installs them and sets it)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardEndToEndTest {

  static final String APP = "orders";
  static final String RENDER_REPORT = "dev.flamefix.examples.orders.OrderAnalytics#renderReport";
  static final List<String> EXPECTED = List.of(RENDER_REPORT,
      "dev.flamefix.examples.orders.OrderAnalytics#countKnownCustomers",
      "dev.flamefix.examples.orders.OrderAnalytics#countValidSkus");

  Path dataDir;
  TestServer server;
  Api api;
  ChromeDriver browser;
  WebDriverWait wait;
  final Path screenshots = Paths.get("..", "docs", "screenshots").toAbsolutePath().normalize();
  String proposalId;
  Thread kbWarmUp;

  @BeforeAll
  void start() throws Exception {
    dataDir = Files.createTempDirectory("flamefix-dashboard");
    server = TestServer.h2(dataDir, new HashMap<>(QuickPipeline.properties()));
    api = new Api(server);
    api.expect(200, "PUT", "/api/apps/" + APP + "/config", QuickPipeline.exampleConfig());
    // The knowledge base opens lazily and embeds its seed corpus once (a minute or two here);
    // start that now so it overlaps profiling instead of stalling the accept step.
    kbWarmUp = new Thread(() -> server.get("/api/kb/cases?limit=1"), "kb-warm-up");
    kbWarmUp.setDaemon(true);
    kbWarmUp.start();
    profileTheExample();

    browser = HeadlessChrome.start(dataDir);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    Files.createDirectories(screenshots);
  }

  /** Runs the example under the agent until its anti-pattern methods lead the hotspot table. */
  private void profileTheExample() throws Exception {
    Path agent = Paths.get(System.getProperty("flamefix.agent.jar")).toAbsolutePath().normalize();
    assertThat(agent).as("agent jar (build the agent module first)").isRegularFile();
    Path log = dataDir.resolve("example.log");
    List<String> cmd = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-javaagent:" + agent + "=server=" + server.baseUrl() + ",app=" + APP + ",window=1s,interval=10ms",
        "-cp", examplesClassPath(), OrderService.class.getName(), "1000000"));
    Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      String last = "(no profile yet)";
      while (System.nanoTime() < deadline) {
        var r = server.get("/api/apps/" + APP + "/hotspots?from=now-10m&limit=6");
        if (r.statusCode() == 200) {
          JsonNode report = TestServer.parse(r.body());
          last = report.toPrettyString();
          List<String> methods = report.get("hotspots").findValuesAsText("method");
          if (report.get("totalSamples").asLong() >= 300 && methods.containsAll(EXPECTED)) {
            return;
          }
        }
        Thread.sleep(1000);
      }
      throw new AssertionError("the example's hotspots did not show up within 90 s; last report: "
          + last + "\nchild output:\n" + Files.readString(log));
    } finally {
      // Profiles stay stored; stopping the child leaves the CPU to the validator.
      child.destroy();
      if (!child.waitFor(10, TimeUnit.SECONDS)) {
        child.destroyForcibly();
      }
    }
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void appsPageListsTheExampleApp() throws IOException {
    browser.get(server.baseUrl() + "/");
    WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#apps-table tr[data-app='" + APP + "']")));
    assertThat(row.getText()).contains(APP).contains("cpu");
    screenshot("apps");
  }

  @Test
  @Order(2)
  void appPageShowsFlameGraphAndHotspots() throws Exception {
    browser.get(server.baseUrl() + "/#/apps");
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText(APP))).click();
    WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hotspot-table")));
    List<String> methods = table.findElements(By.cssSelector("tbody tr")).stream()
        .map(tr -> tr.getAttribute("data-method")).toList();
    assertThat(methods).containsAll(EXPECTED);
    assertThat(table.findElements(By.cssSelector("button.optimize"))).hasSameSizeAs(methods);

    // d3-flame-graph drew an SVG with one <g> per frame, the example's methods among them.
    WebElement svg = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#flame svg")));
    wait.until(d -> svg.findElements(By.cssSelector("g")).size() > 20);
    assertThat(svg.getAttribute("innerHTML")).contains("renderReport");

    // Search highlights matching frames (the library marks them with its search colour).
    WebElement search = browser.findElement(By.id("flame-search"));
    search.sendKeys("renderReport", Keys.ENTER);
    wait.until(d -> js("return document.querySelectorAll('#flame svg g rect[fill=\"#E600E6\"]').length") instanceof Long n && n > 0);
    search.clear();
    search.sendKeys(Keys.ENTER);
    Thread.sleep(500); // the transition
    screenshot("app", 1400);
  }

  @Test
  @Order(3)
  void optimizeButtonRunsAJobWhosePageShowsProgress() throws IOException {
    WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("#hotspot-table tr[data-method='" + RENDER_REPORT + "'] button.optimize")));
    button.click();
    wait.until(ExpectedConditions.urlMatches("#/jobs/[\\w-]+$"));
    String jobId = browser.getCurrentUrl().replaceAll(".*#/jobs/", "");
    // The page follows the job over server-sent events: no reload until it is done.
    new WebDriverWait(browser, Duration.ofMinutes(6), Duration.ofSeconds(1)).until(
        ExpectedConditions.textMatches(By.id("job-status"), java.util.regex.Pattern.compile("done|failed")));
    assertThat(browser.findElement(By.id("job-status")).getText()).as(jobLog()).contains("done");
    assertThat(browser.findElement(By.cssSelector(".bar > div")).getAttribute("style")).contains("100%");
    assertThat(browser.findElements(By.cssSelector("#job-log > div"))).hasSizeGreaterThan(2);
    WebElement candidates = browser.findElement(By.id("job-candidates"));
    assertThat(candidates.getText()).contains("recipe:string-concat-in-loop").contains("accepted");
    WebElement link = browser.findElement(By.id("proposal-link"));
    proposalId = link.getAttribute("href").replaceAll(".*#/proposals/", "");
    assertThat(api.expect(200, "GET", "/api/optimizations/" + jobId, null).get("proposalId").asText())
        .isEqualTo(proposalId);
    screenshot("job");
  }

  @Test
  @Order(4)
  void proposalShowsDiffAndEvidenceAndCanBeAccepted() throws IOException {
    assertThat(proposalId).as("the optimization step produced a proposal").isNotNull();
    browser.findElement(By.id("proposal-link")).click();
    WebElement diff = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("diff")));
    assertThat(diff.findElements(By.cssSelector(".del"))).isNotEmpty();
    assertThat(diff.findElements(By.cssSelector(".add"))).isNotEmpty();
    assertThat(diff.findElements(By.cssSelector(".add")).stream().map(WebElement::getText).toList())
        .anySatisfy(line -> assertThat(line).contains("StringBuilder"));
    String evidence = browser.findElement(By.id("evidence")).getText();
    assertThat(evidence).containsPattern("\\d+ calls").contains("±");
    double speedup = Double.parseDouble(browser.findElement(By.id("speedup")).getText().replace("×", ""));
    assertThat(speedup).isGreaterThanOrEqualTo(1.1);
    assertThat(browser.findElement(By.id("proposal-status")).getText()).contains("proposed");
    screenshot("proposal", 1150);

    browser.findElement(By.id("comment")).sendKeys("checked in the dashboard test");
    browser.findElement(By.id("accept")).click();
    // Accepting writes the learned case into the knowledge base (which may still be seeding).
    new WebDriverWait(browser, Duration.ofMinutes(4), Duration.ofSeconds(1)).until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("proposal-status"), "accepted"));
    assertThat(browser.findElements(By.id("accept"))).isEmpty();
    JsonNode stored = api.expect(200, "GET", "/api/proposals/" + proposalId, null);
    assertThat(stored.get("status").asText()).isEqualTo("ACCEPTED");
    assertThat(stored.get("comment").asText()).isEqualTo("checked in the dashboard test");
  }

  @Test
  @Order(5)
  void knowledgeBaseBrowserSearchesByCode() throws IOException {
    browser.get(server.baseUrl() + "/#/kb");
    // Opening the knowledge base embeds the seed corpus once; allow for a loaded machine.
    WebDriverWait slow = new WebDriverWait(browser, Duration.ofMinutes(4), Duration.ofSeconds(1));
    slow.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#kb-table tbody tr"), 5));
    WebElement query = browser.findElement(By.id("kb-query"));
    query.sendKeys("String s = \"\"; for (String p : parts) { s += p + \",\"; }", Keys.ENTER);
    // The table is replaced when the search answers (search rows carry a similarity, browse rows
    // do not); read it inside the wait so a row replaced mid-read is simply read again.
    List<String> rows = new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> {
          boolean searched =
              !d.findElement(By.cssSelector("#kb-table tbody tr td:last-child")).getText().isEmpty();
          List<String> texts = d.findElements(By.cssSelector("#kb-table tbody tr")).stream()
              .map(WebElement::getText).toList();
          return searched && !texts.isEmpty() ? texts : null;
        });
    assertThat(rows.get(0)).contains("string-concat-in-loop");
    // The proposal accepted above came back as a learned case of the same category.
    assertThat(rows).anySatisfy(r -> assertThat(r).contains("learned").contains(proposalId));
    screenshot("kb");
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private String jobLog() {
    return browser.findElements(By.id("job-log")).stream().map(WebElement::getText).findFirst().orElse("");
  }

  private void screenshot(String name) throws IOException {
    Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** A screenshot of a page taller than the usual window (the window is restored after). */
  private void screenshot(String name, int height) throws IOException {
    browser.manage().window().setSize(new Dimension(1400, height));
    try {
      Thread.sleep(300); // re-layout
      screenshot(name);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      browser.manage().window().setSize(new Dimension(1400, 1000));
    }
  }

  private static String examplesClassPath() {
    try {
      return Paths.get(OrderService.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
