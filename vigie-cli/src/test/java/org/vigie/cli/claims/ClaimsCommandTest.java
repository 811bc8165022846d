package org.vigie.cli.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.cli.CliRun;

/**
 * Ingest keeps the claims of the example corpus; 'vigie claims' lists, filters, shows and reads
 * them again without ever keeping one twice.
 */
class ClaimsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EXAMPLES = Path.of("../examples/corpus/reports");

  @TempDir Path data;

  private long claimsAtIngest;

  @BeforeEach
  void ingest() throws Exception {
    CliRun run = CliRun.of("--data", data.toString(), "ingest", "--json", EXAMPLES.toString());
    assertThat(run.exitCode()).isZero();
    claimsAtIngest = JSON.readTree(run.lastOutLine()).get("claims").asLong();
    assertThat(claimsAtIngest).isPositive();
  }

  @Test
  void lists_the_north_korean_soldiers_with_speakers_and_a_total() throws Exception {
    List<JsonNode> lines =
        json("claims", "list", "--unit", "soldier", "--actor", "PRK", "--limit", "0", "--json");
    JsonNode summary = lines.remove(lines.size() - 1);
    assertThat(summary.get("total").asInt()).isEqualTo(lines.size()).isGreaterThan(5);
    assertThat(lines)
        .allSatisfy(
            c -> {
              assertThat(c.get("kind").asText()).isEqualTo("quantity");
              assertThat(c.get("unit").asText()).isEqualTo("soldier");
              assertThat(c.get("actor").asText()).isEqualTo("PRK");
            });
    assertThat(lines).anySatisfy(c -> assertThat(c.get("speaker").asText()).contains("Zelensky"));
    assertThat(lines).extracting(c -> c.get("lang").asText()).contains("fr", "en", "ru", "uk");
  }

  @Test
  void filters_by_date_and_language_and_pages() throws Exception {
    List<JsonNode> all = json("claims", "list", "--lang", "fr", "--limit", "0", "--json");
    long total = all.get(all.size() - 1).get("total").asLong();
    List<JsonNode> page = json("claims", "list", "--lang", "fr", "--limit", "2", "--json");
    assertThat(page).hasSize(3);
    assertThat(page.get(2).get("total").asLong()).isEqualTo(total);
    List<JsonNode> late =
        json("claims", "list", "--kind", "quantity", "--from", "2025", "--limit", "0", "--json");
    late.remove(late.size() - 1);
    assertThat(late).isNotEmpty();
    assertThat(late).allSatisfy(c -> assertThat(c.get("as_of").asText()).startsWith("2025"));
  }

  @Test
  void shows_one_claim_with_its_sentence_and_says_when_there_is_none() throws Exception {
    JsonNode first = json("claims", "list", "--kind", "quantity", "--limit", "1", "--json").get(0);
    CliRun show = CliRun.of("--data", data.toString(), "claims", "show", first.get("id").asText());
    assertThat(show.exitCode()).isZero();
    assertThat(show.out()).contains(first.get("text").asText()).contains("in: ");
    CliRun none = CliRun.of("--data", data.toString(), "claims", "show", "0000000000000000");
    assertThat(none.exitCode()).isEqualTo(3);
    assertThat(none.err()).contains("no claim");
  }

  @Test
  void reading_again_and_ingesting_again_keep_every_claim_once() throws Exception {
    CliRun read = CliRun.of("--data", data.toString(), "claims", "read", "--json");
    assertThat(JSON.readTree(read.lastOutLine()).get("documents").asInt()).isZero();
    CliRun again = CliRun.of("--data", data.toString(), "ingest", "--json", EXAMPLES.toString());
    assertThat(JSON.readTree(again.lastOutLine()).get("claims").asInt()).isZero();
    List<JsonNode> all = json("claims", "list", "--limit", "1", "--json");
    assertThat(all.get(all.size() - 1).get("total").asLong()).isEqualTo(claimsAtIngest);
  }

  @Test
  void refuses_an_unknown_kind() {
    CliRun run = CliRun.of("--data", data.toString(), "claims", "list", "--kind", "rumour");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("quantity, entity or date");
  }

  private List<JsonNode> json(String... args) throws Exception {
    String[] all = new String[args.length + 2];
    all[0] = "--data";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    CliRun run = CliRun.of(all);
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> out = new ArrayList<>();
    for (String line : run.outLines()) {
      out.add(JSON.readTree(line));
    }
    return out;
  }
}
