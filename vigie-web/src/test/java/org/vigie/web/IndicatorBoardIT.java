package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
    Chromium.assumeInstalled();
    server = TestServer.start(data);
    ExampleIndicators.define(new IndicatorService(server.store, Clock.systemUTC()));
    driver = Chromium.start(browserHome);
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
    Chromium.screenshot(driver, "20-indicators-board");
  }
}
