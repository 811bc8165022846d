package org.vigie.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.cli.Cli;
import org.vigie.cli.CliRun;
import org.vigie.cli.Environment;

class ExtractCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private record Run(int code, String out, String err) {
    List<JsonNode> lines() throws IOException {
      List<JsonNode> out = new ArrayList<>();
      for (String line : this.out.split("\n")) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
      return out;
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.commandLine(
                new Environment(Clock.systemUTC(), Map.of()),
                new PrintWriter(out, true),
                new PrintWriter(err, true))
            .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void prints_one_json_object_per_quantity_with_the_fields_of_the_contract() throws IOException {
    Path a = file("a.txt", "Les milliers de soldats nord-coréens sont en Russie.");
    Run run = run("extract", "--json", a.toString());
    assertThat(run.code()).isEqualTo(0);
    JsonNode q = run.lines().get(0);
    List<String> fields = new ArrayList<>();
    for (Iterator<String> it = q.fieldNames(); it.hasNext(); ) {
      fields.add(it.next());
    }
    assertThat(fields)
        .containsExactly(
            "doc",
            "kind",
            "start",
            "end",
            "text",
            "lang",
            "value",
            "low",
            "high",
            "modifier",
            "unit",
            "subject",
            "actor",
            "per",
            "speaker",
            "certainty",
            "relayed_by",
            "hedges",
            "hedged",
            "as_of");
    assertThat(q.get("doc").asText()).isEqualTo(a.toString());
    assertThat(q.get("text").asText()).isEqualTo("Les milliers de soldats nord-coréens");
    assertThat(q.get("lang").asText()).isEqualTo("fr");
    assertThat(q.get("value").isNull()).isTrue();
    assertThat(q.get("low").asLong()).isEqualTo(2000);
    assertThat(q.get("high").asLong()).isEqualTo(9999);
    assertThat(q.get("modifier").asText()).isEqualTo("vague");
    assertThat(q.get("unit").asText()).isEqualTo("soldier");
    assertThat(q.get("actor").asText()).isEqualTo("PRK");
    assertThat(q.get("speaker").isNull()).isTrue();
    assertThat(q.get("hedged").asBoolean()).as("a vague amount is not a hedge").isFalse();
  }

  @Test
  void counts_offsets_in_code_points_after_a_byte_order_mark() throws IOException {
    String text = "🙂🙂 Près de 11 000 soldats.";
    Path a = dir.resolve("bom.txt");
    Files.write(a, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    JsonNode q = run("extract", "--json", a.toString()).lines().get(0);
    int[] points = text.codePoints().toArray();
    String slice =
        new String(points, q.get("start").asInt(), q.get("end").asInt() - q.get("start").asInt());
    assertThat(slice).isEqualTo(q.get("text").asText()).isEqualTo("Près de 11 000 soldats");
    assertThat(q.get("start").asInt()).isEqualTo(3);
  }

  @Test
  void a_long_text_read_in_pieces_keeps_code_point_offsets_past_an_emoji() throws IOException {
    StringBuilder text = new StringBuilder("🙂 Le premier rapport.\n\n");
    String filler = "Un paragraphe sans chiffre, pour remplir le texte.\n\n";
    while (text.length() < 3 * ExtractionRun.PIECE) {
      text.append(filler);
    }
    text.append("Près de 11 000 soldats nord-coréens.\n");
    Path a = file("long.txt", text.toString());
    List<JsonNode> lines = run("extract", "--json", "--kind", "quantity", a.toString()).lines();
    assertThat(ExtractionRun.pieces(text.toString())).hasSizeGreaterThan(1);
    assertThat(lines).hasSize(1);
    JsonNode q = lines.get(0);
    int[] points = text.codePoints().toArray();
    String slice =
        new String(points, q.get("start").asInt(), q.get("end").asInt() - q.get("start").asInt());
    assertThat(slice)
        .isEqualTo(q.get("text").asText())
        .isEqualTo("Près de 11 000 soldats nord-coréens");
  }

  @Test
  void reports_an_unreadable_input_and_still_reads_the_others() throws IOException {
    Path a = file("a.txt", "more than 7,000 soldiers");
    Run run = run("extract", "--json", dir.resolve("missing.txt").toString(), a.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("missing.txt").contains("no such file");
    assertThat(run.lines()).hasSize(1);
    assertThat(run.lines().get(0).get("modifier").asText()).isEqualTo("gt");
  }

  @Test
  void reads_every_file_of_a_folder_and_stdin() throws IOException {
    file("b.txt", "около 11 тысяч военных");
    file("c.txt", "북한군 1만여 명");
    assertThat(run("extract", "--json", "--kind", "quantity", dir.toString()).lines()).hasSize(2);
    CliRun piped =
        CliRun.withStdin("up to 6,000 troops", "extract", "--json", "--kind=quantity", "-");
    JsonNode q = JSON.readTree(piped.lastOutLine());
    assertThat(q.get("doc").asText()).isEqualTo("-");
    assertThat(q.get("high").asLong()).isEqualTo(6000);
  }

  @Test
  void prints_a_table_for_people_by_default() throws IOException {
    Path a =
        file("a.txt", "Kyiv says 11 to 12,000 troops, and about 1,200 Russian soldiers a day.");
    Run run = run("extract", a.toString());
    assertThat(run.code()).isEqualTo(0);
    assertThat(run.out())
        .contains("START-END")
        .contains("11,000 – 12,000")
        .contains("RUS")
        .contains("day")
        .contains("quantity")
        .contains("4 claims");
  }

  @Test
  void says_who_gave_a_figure_how_hedged_and_as_of_when_and_prints_entities_and_dates()
      throws IOException {
    Path a =
        file(
            "nis.txt",
            "Selon Yonhap, le NIS a déclaré mercredi que 3 000 soldats nord-coréens auraient"
                + " été envoyés en Russie.");
    List<JsonNode> lines =
        run("extract", "--json", "--published", "2024-10-23", a.toString()).lines();
    JsonNode q =
        lines.stream().filter(l -> l.get("kind").asText().equals("quantity")).findFirst().get();
    assertThat(q.get("value").asLong()).isEqualTo(3000);
    assertThat(q.get("speaker").asText()).isEqualTo("NIS");
    assertThat(q.get("relayed_by").asText()).isEqualTo("Yonhap");
    assertThat(q.get("hedges").toString()).contains("auraient").doesNotContain("Selon");
    assertThat(q.get("hedged").asBoolean()).isTrue();
    assertThat(q.get("certainty").asDouble()).isBetween(0.05, 0.95);
    assertThat(q.get("as_of").asText()).isEqualTo("2024-10-23");
    assertThat(lines)
        .anySatisfy(
            l -> {
              assertThat(l.get("kind").asText()).isEqualTo("entity");
              assertThat(l.get("id").asText()).isEqualTo("RUS");
              assertThat(l.get("type").asText()).isEqualTo("country");
            })
        .anySatisfy(
            l -> {
              assertThat(l.get("kind").asText()).isEqualTo("date");
              assertThat(l.get("text").asText()).isEqualTo("mercredi");
              assertThat(l.get("value").asText()).isEqualTo("2024-10-23");
            });
  }

  @Test
  void refuses_an_unknown_kind_with_the_kinds_there_are() throws IOException {
    Run run = run("extract", "--kind", "weapon", file("a.txt", "3 000 soldats").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("quantity, entity or date");
  }

  @Test
  void says_in_its_help_what_it_prints_and_its_exit_codes() {
    Run run = run("extract", "--help");
    assertThat(run.out()).contains("--json").contains("Exit codes").contains("code points");
  }
}
