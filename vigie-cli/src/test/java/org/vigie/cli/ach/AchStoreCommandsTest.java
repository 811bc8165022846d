package org.vigie.cli.ach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.cli.CliRun;
import org.vigie.core.claim.ClaimQuery;
import org.vigie.core.claim.StoredClaim;
import org.vigie.core.store.Store;
import org.vigie.store.sql.SqlStore;

/** The store subcommands of vigie ach, end to end on a SQLite store. */
class AchStoreCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;

  private CliRun vigie(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRun.of(all);
  }

  @Test
  void builds_rates_judges_shows_and_exports_a_matrix_step_by_step() throws Exception {
    assertThat(
            vigie(
                    "ach",
                    "create",
                    "--id",
                    "nk",
                    "--question",
                    "Role?",
                    "--hypothesis",
                    "Combat",
                    "--hypothesis",
                    "Labour",
                    "--analyst",
                    "ana")
                .out())
        .startsWith("created matrix nk: Role?");
    assertThat(vigie("ach", "hypothesis", "nk", "Deterrent").out())
        .isEqualTo("added H3  Deterrent\n");
    assertThat(
            vigie("ach", "evidence", "nk", "--text", "Casualties in Kursk", "--credibility", "H")
                .out())
        .startsWith("added E1  Casualties in Kursk");
    CliRun rate =
        vigie("ach", "rate", "nk", "E1", "H2", "II", "--analyst", "ana", "--note", "dead");
    assertThat(rate.exitCode()).isZero();
    assertThat(rate.out()).contains("E1/H2 = II for ana").contains("H2 -2.83");
    vigie("ach", "judge", "nk", "H1", "0.8", "--analyst", "ana");
    vigie("ach", "judge", "nk", "H1", "0.5", "--analyst", "bo");
    JsonNode shown = JSON.readTree(vigie("ach", "show", "nk", "--analyst", "ana", "--json").out());
    assertThat(shown.at("/matrix/evidence/0/ratings").toString()).isEqualTo("[\"N\",\"II\",\"N\"]");
    assertThat(shown.at("/judgements/0/pooled").asDouble())
        .isEqualTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(vigie("ach", "show", "nk").out()).contains("H1   pooled 66.7 %");
    assertThat(vigie("ach", "history", "nk").out())
        .contains("ana        rate  E1/H2 N -> II  (dead)")
        .contains("bo         judge H1 p = 0.500");
    Path file = data.resolve("nk-ana.json");
    Files.writeString(
        file, vigie("ach", "export", "nk", "--analyst", "ana").out(), StandardCharsets.UTF_8);
    CliRun score = CliRun.of("ach", "score", "--json", file.toString());
    assertThat(score.exitCode()).isZero();
    CliRun imported = vigie("ach", "import", file.toString(), "--id", "copy");
    assertThat(imported.out()).contains("as matrix copy: 3 hypotheses, 1 evidence rows");
    assertThat(vigie("ach", "list").outLines()).hasSize(2);
  }

  @Test
  void makes_a_row_from_a_stored_claim_with_its_source_and_date() throws Exception {
    Path doc = data.resolve("in/yonhap.txt");
    Files.createDirectories(doc.getParent());
    Files.writeString(
        doc,
        "North Korea has sent 12,000 troops to Russia, the NIS said on Friday, according to"
            + " Yonhap.",
        StandardCharsets.UTF_8);
    assertThat(vigie("ingest", doc.toString()).exitCode()).isZero();
    StoredClaim claim;
    try (Store store = SqlStore.openSqlite(data)) {
      claim = store.claims().find(ClaimQuery.quantities(10)).claims().get(0);
    }
    assertThat(vigie("claims", "list", "--kind", "quantity").out())
        .contains(claim.id() + " ")
        .contains(claim.claim().text());
    vigie(
        "ach", "create", "--id", "nk", "--question", "Q", "--hypothesis", "A", "--hypothesis", "B");
    CliRun row = vigie("ach", "evidence", "nk", "--claim", claim.id(), "--relevance", "H");
    assertThat(row.exitCode()).isZero();
    assertThat(row.out()).startsWith("added E1  " + claim.claim().text()).contains("relevance H");
    JsonNode shown = JSON.readTree(vigie("ach", "show", "nk", "--json").out());
    assertThat(shown.at("/matrix/evidence/0/claim").asText()).isEqualTo(claim.id());
  }

  @Test
  void scores_the_judgements_once_the_question_is_resolved() throws Exception {
    vigie(
        "ach", "create", "--id", "q", "--question", "Q", "--hypothesis", "A", "--hypothesis", "B");
    vigie("ach", "judge", "q", "H1", "0.8", "--analyst", "ana");
    vigie("ach", "judge", "q", "H2", "0.4", "--analyst", "bo");
    CliRun run = vigie("ach", "resolve", "q", "H1", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode scores = JSON.readTree(run.out());
    assertThat(scores.at("/analysts/0/who").asText()).isEqualTo("ana");
    assertThat(scores.at("/analysts/0/brier").asDouble()).isCloseTo(0.04, within(1e-9));
    assertThat(scores.at("/analysts/1/brier").asDouble()).isCloseTo(0.16, within(1e-9));
    assertThat(scores.at("/pool/hypotheses").asInt()).isEqualTo(2);
    assertThat(vigie("ach", "resolve", "q", "H7").exitCode()).isEqualTo(2);
  }

  @Test
  void says_what_is_wrong_with_exit_codes() {
    CliRun one = vigie("ach", "create", "--question", "Q", "--hypothesis", "only");
    assertThat(one.exitCode()).isEqualTo(2);
    assertThat(one.err()).contains("at least 2 hypotheses");
    assertThat(vigie("ach", "show", "missing").exitCode()).isEqualTo(3);
    vigie(
        "ach", "create", "--id", "nk", "--question", "Q", "--hypothesis", "A", "--hypothesis", "B");
    assertThat(
            vigie(
                    "ach",
                    "create",
                    "--id",
                    "nk",
                    "--question",
                    "Q",
                    "--hypothesis",
                    "A",
                    "--hypothesis",
                    "B")
                .exitCode())
        .isEqualTo(4);
    assertThat(vigie("ach", "judge", "nk", "H1", "1.5").err()).contains("between 0 and 1");
    assertThat(vigie("ach", "rate", "nk", "E9", "H1", "C").err()).contains("E9");
    assertThat(vigie("ach", "evidence", "nk", "--claim", "nope").exitCode()).isEqualTo(3);
  }
}
