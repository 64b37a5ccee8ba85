package dev.flamefix.server.dashboard;

import static dev.flamefix.server.support.KilnDrafts.PATCHED_NEW_PRINT;
import static dev.flamefix.server.support.KilnDrafts.PATCHED_OLD_PRINT;
import static dev.flamefix.server.support.KilnDrafts.draft;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.server.proposals.Proposal;
import dev.flamefix.server.proposals.ProposalService;
import dev.flamefix.server.support.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The proposal page in headless Chromium after a second job validated the same patch again: it
 * shows that job's speed-up and diff, and when and by which job it was last validated. The
 * proposals are made through the service (no pipeline run).
 */
@EnabledIfEnvironmentVariable(named = "FLAMEFIX_TEST_CHROMEDRIVER", matches = ".*\\S.*",
    disabledReason = "FLAMEFIX_TEST_CHROMEDRIVER is not set: the dashboard's Selenium tests need"
        + " Debian's chromium and chromium-driver (scripts/test.sh installs them and sets it)")
class RefreshedProposalPageTest {
  @TempDir Path dataDir;

  @Test
  void proposalPageShowsTheNewestMeasurementAndWhenItWasMade() throws Exception {
    try (TestServer server = TestServer.h2(dataDir, Map.of())) {
      ProposalService proposals = server.context().getBean(ProposalService.class);
      Proposal first = proposals.create(draft("kiln", "job-a", 1.8, PATCHED_OLD_PRINT, 120)).proposal();
      ProposalService.Draft again = draft("kiln", "job-b", 2.6, PATCHED_NEW_PRINT, 480);
      assertThat(proposals.create(again).refreshed()).isTrue();

      ChromeDriver browser = HeadlessChrome.start(dataDir);
      try {
        browser.get(server.baseUrl() + "/#/proposals/" + first.id());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        WebElement validated = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("validated-at")));
        assertThat(browser.findElement(By.id("speedup")).getText()).isEqualTo("2.60×");
        assertThat(validated.getText()).contains("by job " + again.jobId().substring(0, 8));
        assertThat(validated.findElement(By.tagName("a")).getAttribute("href")).endsWith("#/jobs/" + again.jobId());
        WebElement diff = browser.findElement(By.id("diff"));
        assertThat(diff.findElements(By.cssSelector(".add")).stream().map(WebElement::getText).toList())
            .anySatisfy(line -> assertThat(line).contains("return java.util.Arrays.stream(t)"));
        assertThat(browser.findElement(By.id("evidence")).getText()).contains("480 calls");
      } finally {
        browser.quit();
      }
    }
  }
}
