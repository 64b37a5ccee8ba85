package dev.flamefix.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.optimizer.model.ScriptedChatServer;
import dev.flamefix.server.optimize.Api;
import dev.flamefix.server.optimize.QuickPipeline;
import dev.flamefix.server.optimize.ScriptedModelOptimizationTest;
import dev.flamefix.server.support.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The job page in headless Chromium shows a candidate whose changed lines no input reached as
 * "unproven", never as accepted (or as an ordinary rejection). The candidate comes from a scripted
 * OpenAI-protocol server on loopback; its answer is written by the test, not by any model.
 */
@EnabledIfEnvironmentVariable(named = "FLAMEFIX_TEST_CHROMEDRIVER", matches = ".*\\S.*",
    disabledReason = "FLAMEFIX_TEST_CHROMEDRIVER is not set: the dashboard's Selenium tests need"
        + " Debian's chromium and chromium-driver (scripts/test.sh installs them and sets it)")
class UnprovenVerdictPageTest {
  @TempDir Path dataDir;

  @Test
  void jobPageShowsTheUnprovenOutcome() throws Exception {
    try (ScriptedChatServer model =
        ScriptedChatServer.answering(ScriptedModelOptimizationTest.UNPROVEN_ANSWER)) {
      Map<String, Object> props = QuickPipeline.withModel(model);
      try (TestServer server = TestServer.h2(dataDir, props)) {
        Api api = new Api(server);
        JsonNode job = ScriptedModelOptimizationTest.startModelOnlyJob(api);
        ChromeDriver browser = HeadlessChrome.start(dataDir);
        try {
          browser.get(server.baseUrl() + "/#/jobs/" + job.get("id").asText());
          new WebDriverWait(browser, Duration.ofMinutes(4), Duration.ofSeconds(1)).until(
              ExpectedConditions.textMatches(By.id("job-status"), Pattern.compile("done|failed")));
          WebElement row = new WebDriverWait(browser, Duration.ofSeconds(30)).until(
              ExpectedConditions.presenceOfElementLocated(By.cssSelector("#job-candidates tbody tr")));
          WebElement badge = row.findElement(By.cssSelector(".badge"));
          assertThat(badge.getText()).isEqualTo("unproven");
          assertThat(badge.getAttribute("class")).contains("unproven");
          assertThat(row.getText()).contains("model:scripted").contains("unproven: inputs never reached")
              .doesNotContain("accepted");
          assertThat(browser.findElements(By.id("proposal-link"))).isEmpty();
        } finally {
          browser.quit();
        }
      }
    }
  }
}
