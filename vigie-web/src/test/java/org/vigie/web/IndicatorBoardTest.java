package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.service.indicators.ExampleIndicators;
import org.vigie.service.indicators.IndicatorService;
import org.vigie.testkit.Http;

/** The indicators board over the demo's examples: GET /indicators and GET /api/indicators. */
class IndicatorBoardTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path data;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(data);
    ExampleIndicators.define(new IndicatorService(server.store, Clock.systemUTC()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Http as(String user) {
    return new Http(server.base).basic(user, TestServer.PASSWORD);
  }

  @Test
  void gives_each_scenario_its_probability_and_level_as_of_a_day() throws Exception {
    HttpResponse<String> r = as("vic").get("/api/indicators?at=2024-12-31");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode combat = JSON.readTree(r.body()).at("/scenarios/0");
    assertThat(combat.get("scenario").asText()).isEqualTo(ExampleIndicators.COMBAT);
    // prior 0.2; the combat group counts once, by its strongest term: casualties confirmed
    // 2024-12-23 (ln(0.7/0.05) = 2.64 nats, 8.96 days of a 180-day half-life); heavy weapons
    // likely since 2024-11-18 (0.75 × ln(0.7/0.5), 43.96 days)
    double casualties = Math.log(0.7 / 0.05) * Math.pow(2, -(8 + 86399.0 / 86400) / 180);
    double weapons = 0.75 * Math.log(0.7 / 0.5) * Math.pow(2, -(43 + 86399.0 / 86400) / 180);
    double expected = Math.log(0.25) + casualties + weapons;
    assertThat(combat.get("log_odds").asDouble()).isCloseTo(expected, within(1e-9));
    // P = expit(1.38) = 0.80: warning (0.60 to 0.85); it never reached alert before
    assertThat(combat.get("probability").asDouble())
        .isCloseTo(1 / (1 + Math.exp(-expected)), within(1e-12));
    assertThat(combat.get("level_name").asText()).isEqualTo("warning");
    JsonNode growth = JSON.readTree(r.body()).at("/scenarios/1");
    assertThat(growth.at("/indicators/0/state").asText()).isEqualTo("absent");
    assertThat(growth.at("/indicators/0/threshold/series").asText())
        .isEqualTo(ExampleIndicators.SERIES);
    assertThat(growth.get("level").asInt()).isZero();
  }

  @Test
  void shows_the_board_page_with_states_and_evidence() throws Exception {
    Http browser = new Http(server.base);
    browser.login("vic", TestServer.PASSWORD);
    HttpResponse<String> page = browser.get("/indicators?at=2024-12-31");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("L2 warning")
        .contains("NK troops observed in combat in Kursk")
        .contains("confirmed")
        .contains("South Korea JCS: about 1,100 NK casualties")
        .contains("href=\"/indicators\"");
    assertThat(as("vic").get("/api/indicators?at=yesterday").statusCode()).isEqualTo(400);
  }
}
