package dev.flamefix.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.server.hotlines.HotLinesFixture;
import dev.flamefix.server.support.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The hot-lines view in headless Chromium: from the app page's hotspot table, "Lines" opens the
 * method's source with each line's share, the hottest line highlighted. The screenshot goes to
 * {@code docs/screenshots/hot-lines.png}.
 */
@EnabledIfEnvironmentVariable(named = "FLAMEFIX_TEST_CHROMEDRIVER", matches = ".*\\S.*",
    disabledReason = "FLAMEFIX_TEST_CHROMEDRIVER is not set: the dashboard's Selenium tests need"
        + " Debian's chromium and chromium-driver (scripts/test.sh installs them and sets it)")
class HotLinesPageTest {
  @TempDir Path dataDir;

  @Test
  void hotspotLinesLinkShowsTheSourceWithTheHottestLineHighlighted() throws Exception {
    HotLinesFixture fixture = HotLinesFixture.create();
    try (TestServer server = TestServer.h2(dataDir, Map.of())) {
      fixture.load(server);
      ChromeDriver browser = HeadlessChrome.start(dataDir);
      try {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(server.baseUrl() + "/#/apps/" + HotLinesFixture.APP);
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(
            By.cssSelector("#hotspot-table tr[data-method='" + HotLinesFixture.METHOD + "'] a.hot-lines-link")));
        link.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hot-lines tbody tr")));

        List<WebElement> hot = browser.findElements(By.cssSelector("#hot-lines tr.hot"));
        assertThat(hot).isNotEmpty();
        WebElement hottest = hot.stream()
            .filter(r -> r.getAttribute("data-line").equals(String.valueOf(fixture.concatLine()))).findFirst()
            .orElseThrow(() -> new AssertionError("the concatenation line is not highlighted"));
        assertThat(hottest.getText()).contains("report += o.id()").contains("70.0%");
        assertThat(hottest.findElement(By.cssSelector(".share-bar > span")).getAttribute("style"))
            .contains("width: 70%");
        WebElement declaration = browser.findElements(By.cssSelector("#hot-lines tbody tr")).get(0);
        assertThat(declaration.getText()).contains("public String renderReport(");
        assertThat(declaration.getAttribute("class")).doesNotContain("hot ");
        assertThat(declaration.findElements(By.cssSelector(".share-bar"))).isEmpty();
        assertThat(browser.findElement(By.id("hot-lines-samples")).getText()).startsWith("100 ");

        Path shots = Paths.get("..", "docs", "screenshots").toAbsolutePath().normalize();
        Files.createDirectories(shots);
        Files.write(shots.resolve("hot-lines.png"), browser.getScreenshotAs(OutputType.BYTES));
      } finally {
        browser.quit();
      }
    }
  }
}
