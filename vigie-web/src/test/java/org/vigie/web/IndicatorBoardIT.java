package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.service.indicators.ExampleIndicators;
import org.vigie.service.indicators.IndicatorService;

/** The indicators board in Debian's Chromium, over the demo's example indicators. */
class IndicatorBoardIT {

  @TempDir static Path data;
  @TempDir static Path browserHome;
  static TestServer server;
  static ChromeDriver driver;

  @BeforeAll
  static void start() throws IOException {
    boolean present =
        Files.isExecutable(WorkbenchIT.CHROMEDRIVER) && Files.isExecutable(WorkbenchIT.CHROMIUM);
    if (!present && "required".equals(System.getenv("VIGIE_BROWSER_TESTS"))) {
      throw new IllegalStateException("VIGIE_BROWSER_TESTS=required but chromium is missing");
    }
    assumeTrue(present, "needs Debian's chromium and chromium-driver");
    server = TestServer.start(data);
    ExampleIndicators.define(new IndicatorService(server.store, Clock.systemUTC()));
    Path profile = Files.createDirectories(browserHome.resolve("profile"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(WorkbenchIT.CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withEnvironment(
                Map.of(
                    "HOME", browserHome.toString(),
                    "XDG_CONFIG_HOME", browserHome.resolve("config").toString(),
                    "XDG_CACHE_HOME", browserHome.resolve("cache").toString()))
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(WorkbenchIT.CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--lang=en-US",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    driver = new ChromeDriver(service, options);
    Files.createDirectories(WorkbenchIT.SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void opens_the_board_from_the_menu_and_shows_levels_states_and_evidence() throws IOException {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    driver.get(server.base + "/login");
    driver.findElement(By.id("name")).sendKeys("vic", Keys.TAB, TestServer.PASSWORD, Keys.ENTER);
    wait.until(ExpectedConditions.titleContains("Dashboard"));
    driver.findElement(By.linkText("Indicators")).click();
    wait.until(ExpectedConditions.titleContains("Indicators"));
    WebElement day = driver.findElement(By.id("at"));
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].value = '2024-12-31'", day);
    driver.findElement(By.xpath("//button[normalize-space()='Show']")).click();
    wait.until(ExpectedConditions.urlContains("at=2024-12-31"));
    List<WebElement> levels = driver.findElements(By.cssSelector(".scenario h2 .level"));
    assertThat(levels).extracting(WebElement::getText).containsExactly("L2 warning", "L0 none");
    String combat = driver.findElements(By.cssSelector(".scenario")).get(0).getText();
    assertThat(combat)
        .contains("NK troops observed in combat in Kursk")
        .contains("confirmed")
        .contains("2024-12-16")
        .contains("Ukraine HUR: about 30 NK soldiers");
    assertThat(driver.findElement(By.cssSelector(".menu a.current")).getText())
        .isEqualTo("Indicators");
    Path shot = WorkbenchIT.SCREENSHOTS.resolve("20-indicators-board.png");
    Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
  }
}
