package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in Debian's Chromium, driven by Debian's chromedriver: one server and one browser
 * for all scenarios, which run in order like a user's session. Screenshots go to
 * target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchIT {

  @TempDir static Path data;
  @TempDir static Path browserHome;
  static TestServer server;
  static ChromeDriver driver;
  static WebDriverWait wait;
  static final List<String> consoleErrors = new ArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    Chromium.assumeInstalled();
    server = TestServer.start(data);
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
  @Order(1)
  void logs_in_with_the_keyboard_and_sees_the_dashboard() throws IOException {
    driver.get(server.base + "/");
    wait.until(ExpectedConditions.urlContains("/login"));
    screenshot("01-login");
    WebElement name = driver.switchTo().activeElement(); // autofocus
    assertThat(name.getAttribute("id")).isEqualTo("name");
    name.sendKeys("ana", Keys.TAB, TestServer.PASSWORD, Keys.ENTER);
    wait.until(ExpectedConditions.titleContains("Dashboard"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart canvas")));
    assertThat(driver.findElements(By.cssSelector(".big")).get(0).getText()).isEqualTo("5");
    assertThat(driver.findElement(By.cssSelector(".who")).getText()).contains("ana");
    String claims = driver.findElement(By.cssSelector("[aria-labelledby=p-claims]")).getText();
    assertThat(claims).contains("quantity").contains("entity").contains("date");
    assertThat(driver.findElement(By.cssSelector("[aria-labelledby=p-units]")).getText())
        .contains("soldier");
    screenshot("02-dashboard");
  }

  @Test
  @Order(2)
  void filters_the_documents_by_language_in_place() throws IOException {
    driver.get(server.base + "/documents");
    assertThat(driver.findElements(By.cssSelector("table.docs tbody tr"))).hasSize(5);
    new Select(driver.findElement(By.name("lang"))).selectByValue("fr");
    wait.until(d -> d.findElements(By.cssSelector("table.docs tbody tr")).size() == 1);
    wait.until(ExpectedConditions.urlContains("lang=fr")); // hx-push-url: the filter is a link
    assertThat(driver.findElement(By.cssSelector(".count")).getText()).startsWith("1 document ·");
    screenshot("03-documents-filtered");
  }

  @Test
  @Order(3)
  void reads_a_document_with_its_text_and_a_highlighted_quantity() throws IOException {
    driver.findElement(By.cssSelector("table.docs tbody a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("doc-text")));
    String text = driver.findElement(By.id("doc-text")).getText();
    assertThat(text).contains("environ 3 000 soldats nord-coréens").contains("\n");
    List<WebElement> marks = driver.findElements(By.cssSelector("#doc-text mark.hl-quantity"));
    assertThat(String.join("", marks.stream().map(WebElement::getText).toList()))
        .contains("3 000")
        .contains("10 000");
    assertThat(driver.findElements(By.cssSelector(".legend mark"))).hasSize(3);
    WebElement first = marks.get(0);
    ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", first);
    assertThat(driver.switchTo().activeElement().getAttribute("data-claim"))
        .isEqualTo(first.getAttribute("data-claim"));
    Object tip =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return getComputedStyle(arguments[0], '::after').getPropertyValue('content');",
                first);
    assertThat(String.valueOf(tip))
        .contains("Quantity: 2,700–3,300 soldier (stated 3,000)") // "environ": 10 % either side
        .contains("modifier: approx")
        .contains("speaker: NIS")
        .contains("certainty: 90 %");
    screenshot("04-reader");
  }

  @Test
  @Order(4)
  void never_runs_the_scripts_of_hostile_documents() throws IOException {
    for (String name : List.of("hostile.txt", "hostile.html")) {
      driver.get(server.base + "/documents");
      driver.findElements(By.cssSelector("table.docs tbody tr")).stream()
          .filter(
              tr ->
                  tr.getText().contains(name)
                      || (name.endsWith(".html") && tr.getText().contains("report")))
          .findFirst()
          .orElseThrow()
          .findElement(By.tagName("a"))
          .click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("doc-text")));
      Object pwned = ((JavascriptExecutor) driver).executeScript("return window.__pwned || null;");
      assertThat(pwned).as("a script of " + name + " ran").isNull();
      assertThat(
              driver.findElements(By.cssSelector("#doc-text img, #doc-text script, #doc-text svg")))
          .isEmpty();
      assertThat(driver.findElement(By.id("doc-text")).getText())
          .containsAnyOf("<script>", "<img src=x");
      if (name.endsWith(".txt")) { // its made-up claim: markup in the text and in the tooltip
        WebElement mark = driver.findElement(By.cssSelector("#doc-text mark.hl-entity"));
        assertThat(mark.getText()).startsWith("<script>");
        assertThat(mark.getAttribute("data-tip")).contains(TestServer.HOSTILE_ID);
      }
    }
    screenshot("05-hostile-html");
  }

  @Test
  @Order(5)
  void changes_an_ach_rating_and_sees_the_scores_change() throws IOException {
    driver.get(server.base + "/ach");
    driver.findElement(By.xpath("//button[contains(., 'Load the example')]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.matrix")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ach-scores canvas")));
    String before = scoresText();
    WebElement cell =
        driver.findElement(By.cssSelector("select[aria-label='Rating of E6 against H4']"));
    assertThat(new Select(cell).getFirstSelectedOption().getText()).isEqualTo("CC");
    new Select(cell).selectByValue("II");
    // htmx swaps the panel in: an element found just before the swap may go stale.
    wait.ignoring(StaleElementReferenceException.class).until(d -> !scoresText().equals(before));
    wait.until(ExpectedConditions.textToBe(By.id("ach-changes"), "1 rating change"));
    assertThat(cell.findElement(By.xpath("..")).getAttribute("class")).contains("r-II");
    assertThat(driver.switchTo().activeElement()).isEqualTo(cell); // focus stays on the cell
    screenshotFullPage("06-ach-after-change");
    driver.findElement(By.id("ach-changes")).click();
    wait.until(ExpectedConditions.titleContains("ACH history"));
    assertThat(driver.findElement(By.cssSelector("table.docs tbody")).getText())
        .contains("ana")
        .contains("E6 / H4")
        .contains("CC")
        .contains("II");
  }

  private static String scoresText() {
    return driver.findElement(By.cssSelector("#ach-scores table")).getText();
  }

  @Test
  @Order(6)
  void uploads_a_file_and_sees_it_ingested() throws IOException {
    Path file = data.resolve("upload").resolve("seoul-12000.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "Le service de renseignement de Séoul estime à 12 000 le nombre de soldats envoyés.",
        StandardCharsets.UTF_8);
    driver.get(server.base + "/ingest");
    driver.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
    driver.findElement(By.cssSelector("form.stack button[type=submit]")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#job-status[data-state=done]")));
    assertThat(driver.findElement(By.cssSelector("#job-status .summary")).getText())
        .startsWith("1 file")
        .contains("1 document added");
    screenshot("07-ingest-done");
    driver.findElement(By.linkText("See the documents")).click();
    assertThat(driver.findElement(By.cssSelector("table.docs")).getText())
        .contains("seoul-12000.txt");
  }

  @Test
  @Order(9)
  void fits_a_phone_screen_without_sideways_scrolling() throws IOException {
    driver.manage().window().setSize(new Dimension(390, 844));
    try {
      Object width = ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
      assertThat(((Number) width).intValue()).isLessThanOrEqualTo(400);
      for (String page : List.of("/", "/documents", "/ach", "/claims", "/search?q=soldiers")) {
        driver.get(server.base + page);
        assertNoSidewaysScroll(page);
      }
      screenshot("08-phone-ach-list");
      driver.get(server.base + "/documents");
      screenshot("09-phone-documents");
      driver.findElement(By.cssSelector("table.docs tbody a")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("doc-text")));
      assertNoSidewaysScroll("the reader");
      screenshot("10-phone-reader");
      driver.get(server.base + "/ach");
      driver.findElement(By.cssSelector(".cards a")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.matrix")));
      assertNoSidewaysScroll("the ACH matrix");
      screenshot("11-phone-ach");
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  @Test
  @Order(7)
  void filters_the_claims_by_unit_in_place() throws IOException {
    driver.get(server.base + "/");
    driver.findElement(By.linkText("Claims")).click();
    wait.until(ExpectedConditions.titleContains("Claims"));
    By rows = By.cssSelector("table.claims tbody tr");
    int before = driver.findElements(rows).size();
    assertThat(driver.findElements(rows))
        .extracting(WebElement::getText)
        .anyMatch(t -> !t.contains("soldier"));
    new Select(driver.findElement(By.name("unit"))).selectByValue("soldier");
    wait.until(ExpectedConditions.urlContains("unit=soldier"));
    wait.until(d -> d.findElements(rows).size() < before);
    List<WebElement> after = driver.findElements(rows);
    assertThat(after).isNotEmpty();
    assertThat(after)
        .allSatisfy(
            tr ->
                assertThat(tr.findElement(By.cssSelector("td[data-label=Unit]")).getText())
                    .isEqualTo("soldier"));
    assertThat(driver.findElement(By.partialLinkText("CSV")).getAttribute("href"))
        .endsWith("/claims.csv?unit=soldier");
    screenshot("12-claims-by-unit");
    after.get(0).findElement(By.cssSelector("td[data-label=Document] a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("doc-text")));
    wait.until(
        d ->
            "MARK"
                .equals(
                    d.switchTo().activeElement().getTagName().toUpperCase(java.util.Locale.ROOT)));
    assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("hl-quantity");
  }

  @Test
  @Order(8)
  void searches_from_the_header_and_finds_the_uploaded_document_with_its_claims()
      throws IOException {
    driver.get(server.base + "/");
    WebElement box = driver.findElement(By.cssSelector(".quick-search input[name=q]"));
    box.sendKeys("Séoul soldats", Keys.ENTER);
    wait.until(ExpectedConditions.titleContains("Search"));
    List<WebElement> hits = driver.findElements(By.cssSelector(".hit"));
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).getText()).contains("seoul-12000.txt");
    assertThat(hits.get(0).findElements(By.cssSelector(".snippet mark")))
        .extracting(WebElement::getText)
        .contains("Séoul", "soldats");
    assertThat(driver.findElement(By.cssSelector(".facets")).getText()).contains("fr");
    screenshot("13-search");
    hits.get(0).findElement(By.tagName("a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("doc-text")));
    assertThat(driver.findElements(By.cssSelector("#doc-text mark.hl-quantity")))
        .extracting(WebElement::getText)
        .anyMatch(t -> t.contains("12 000"));
  }

  private static void assertNoSidewaysScroll(String page) {
    Object overflow =
        ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
    assertThat(((Number) overflow).intValue())
        .as("sideways overflow of " + page)
        .isLessThanOrEqualTo(0);
  }

  @Test
  @Order(10)
  void logged_no_script_error_and_no_content_security_policy_violation() {
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        consoleErrors.add(e.getMessage());
      }
    }
    // The login form's 401 is an expected console entry of the failed-login path, not an error
    // here.
    assertThat(consoleErrors).filteredOn(m -> !m.contains("favicon.ico")).isEmpty();
  }

  private static void screenshot(String name) throws IOException {
    Chromium.screenshot(driver, name);
  }

  private static void screenshotFullPage(String name) throws IOException {
    Chromium.screenshotFullPage(driver, name);
  }
}
