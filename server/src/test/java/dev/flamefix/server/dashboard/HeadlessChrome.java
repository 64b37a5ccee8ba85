package dev.flamefix.server.dashboard;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven headless, as the dashboard tests need it: the driver and binary come
 * from {@code FLAMEFIX_TEST_CHROMEDRIVER} / {@code FLAMEFIX_TEST_CHROME} (set by
 * {@code scripts/test.sh}), and the background-networking flags keep it from calling out of a
 * machine with a closed network.
 */
final class HeadlessChrome {
  private HeadlessChrome() {}

  /** A started browser with a fresh profile under {@code scratch}, 1400x1000. */
  static ChromeDriver start(Path scratch) throws IOException {
    ChromeOptions options = new ChromeOptions();
    String chrome = System.getenv("FLAMEFIX_TEST_CHROME");
    if (chrome != null && !chrome.isBlank()) {
      options.setBinary(chrome);
    }
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--window-size=1400,1000",
        "--user-data-dir=" + Files.createTempDirectory(scratch, "chrome-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(System.getenv("FLAMEFIX_TEST_CHROMEDRIVER")))
        .usingAnyFreePort().build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1400, 1000));
    return browser;
  }
}
