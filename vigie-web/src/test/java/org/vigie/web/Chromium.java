package org.vigie.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium and chromedriver for the browser tests: whether they are here, a headless
 * browser whose every file stays under one folder, and screenshots into target/screenshots/.
 */
final class Chromium {

  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private Chromium() {}

  /**
   * Skips the calling test class when the browser is missing, or fails it when CI requires browser
   * tests ({@code VIGIE_BROWSER_TESTS=required}), so that CI never passes by skipping them.
   */
  static void assumeInstalled() {
    boolean present = Files.isExecutable(DRIVER) && Files.isExecutable(BINARY);
    if (!present && "required".equals(System.getenv("VIGIE_BROWSER_TESTS"))) {
      throw new IllegalStateException(
          "VIGIE_BROWSER_TESTS=required but " + BINARY + " or " + DRIVER + " is missing");
    }
    assumeTrue(
        present,
        "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
  }

  /**
   * A headless Chromium at 1280×900 with its profile, caches and driver log under {@code home}, its
   * console kept for {@link LogType#BROWSER}; the driver and binary are given, so that Selenium
   * Manager never downloads one.
   */
  static ChromeDriver start(Path home) throws IOException {
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    Files.createDirectories(SCREENSHOTS);
    Path profile = Files.createDirectories(home.resolve("profile"));
    // Chromium writes under $HOME and the XDG folders even with --user-data-dir.
    Map<String, String> env =
        Map.of(
            "HOME", home.toString(),
            "XDG_CONFIG_HOME", home.resolve("config").toString(),
            "XDG_CACHE_HOME", home.resolve("cache").toString(),
            "XDG_DATA_HOME", home.resolve("share").toString());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .withEnvironment(env)
            .withLogFile(home.resolve("chromedriver.log").toFile())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=en-US",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    return new ChromeDriver(service, options);
  }

  /** The window as it is, to {@code target/screenshots/<name>.png}. */
  static void screenshot(ChromeDriver driver, String name) throws IOException {
    Files.copy(
        driver.getScreenshotAs(OutputType.FILE).toPath(),
        SCREENSHOTS.resolve(name + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** The whole page: the window is made as tall as the page for the shot, then put back. */
  static void screenshotFullPage(ChromeDriver driver, String name) throws IOException {
    Dimension size = driver.manage().window().getSize();
    Object height =
        ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollHeight;");
    driver
        .manage()
        .window()
        .setSize(new Dimension(size.getWidth(), ((Number) height).intValue() + 100));
    try {
      screenshot(driver, name);
    } finally {
      driver.manage().window().setSize(size);
    }
  }
}
