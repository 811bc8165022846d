package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.core.series.store.SeriesDefinition;

/**
 * A series page in Debian's Chromium: the chart is drawn, the house-effect table lists the sources,
 * and the dashboard shows the series' sparkline. Screenshots go to target/screenshots/.
 */
class SeriesIT {

  @TempDir static Path data;
  @TempDir static Path browserHome;
  static TestServer server;
  static ChromeDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    Chromium.assumeInstalled();
    server = TestServer.start(data);
    TroopClaims.store(server.store);
    server
        .store
        .series()
        .add(
            new SeriesDefinition(
                "nk-troops", "soldier", "PRK", List.of(), "NK troops", "ana", Instant.now()));
    driver = Chromium.start(browserHome);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
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
  void draws_the_series_chart_and_lists_every_source_in_the_bias_table() throws IOException {
    driver.get(server.base + "/");
    wait.until(ExpectedConditions.urlContains("/login"));
    driver.switchTo().activeElement().sendKeys("ana", Keys.TAB, TestServer.PASSWORD, Keys.ENTER);
    wait.until(ExpectedConditions.titleContains("Dashboard"));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#p-series ~ ul .sparkline canvas")));
    screenshot("series-01-dashboard");

    driver.findElement(By.linkText("nk-troops")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#series-chart canvas")));
    WebElement canvas = driver.findElement(By.cssSelector("#series-chart canvas"));
    assertThat(canvas.getSize().getHeight()).isGreaterThan(300);
    List<String> sources =
        driver.findElements(By.cssSelector("#bias-table tbody tr td:first-child")).stream()
            .map(e -> e.getText().strip())
            .toList();
    assertThat(sources).containsExactlyInAnyOrder("NIS", "Pentagon", "Zelensky");
    assertThat(driver.findElements(By.cssSelector("#revision-table tbody tr"))).hasSize(6);
    assertThat(driver.findElement(By.cssSelector(".big-line")).getText()).contains("soldier");
    screenshotFullPage("series-02-page");

    driver.findElement(By.cssSelector("#member-table tbody tr button")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.excluded")));
    assertThat(driver.findElement(By.cssSelector("tr.excluded")).getText()).contains("excluded");
  }

  private static void screenshot(String name) throws IOException {
    Chromium.screenshot(driver, name);
  }

  private static void screenshotFullPage(String name) throws IOException {
    Chromium.screenshotFullPage(driver, name);
  }
}
