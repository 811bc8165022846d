package org.vigie.text.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.text.certainty.Cue;
import org.vigie.text.segment.Span;

/**
 * Speakers, relays and hedges on news sentences in five languages: every development sentence must
 * come out right; the held-out sentences, never tuned on, are scored and printed, with a floor.
 */
class ClaimsDevSetTest {

  private static final ClaimContext CONTEXT = ClaimContext.builtIn();

  static List<DevSentence> dev() throws IOException {
    return DevSentence.load("dev.tsv");
  }

  private static QuantityContext read(DevSentence s) {
    return CONTEXT
        .read(s.text(), s.lang(), null, List.of(new Span(s.start(), s.end())))
        .quantities()
        .get(0);
  }

  private static Set<String> classes(QuantityContext q) {
    Set<String> out = new TreeSet<>();
    for (Cue c : q.hedges()) {
      out.add(c.cueClass().code());
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev")
  void a_development_sentence_gets_its_speaker_relay_and_hedges(DevSentence s) {
    QuantityContext q = read(s);
    assertThat(q.speaker()).as("speaker").isEqualTo(s.speaker());
    assertThat(q.relayedBy()).as("relayed by").isEqualTo(s.relay());
    assertThat(classes(q)).as("cue classes").isEqualTo(s.cues());
  }

  @Test
  void every_language_has_at_least_twelve_development_sentences() throws IOException {
    Map<String, Integer> count = new TreeMap<>();
    dev().forEach(s -> count.merge(s.lang(), 1, Integer::sum));
    assertThat(count).containsOnlyKeys("fr", "en", "ru", "uk", "ko");
    assertThat(count.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(12));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"heldout.tsv", "heldout2.tsv"})
  void held_out_sentences_score_above_the_floor(String file) throws IOException {
    Map<String, int[]> score = new TreeMap<>();
    for (DevSentence s : DevSentence.load(file)) {
      QuantityContext q = read(s);
      int[] n = score.computeIfAbsent(s.lang(), k -> new int[3]);
      n[0]++;
      boolean speaker = eq(q.speaker(), s.speaker()) && eq(q.relayedBy(), s.relay());
      if (speaker) {
        n[1]++;
      }
      if (classes(q).equals(s.cues())) {
        n[2]++;
      }
    }
    int total = 0;
    int speakers = 0;
    int hedges = 0;
    for (Map.Entry<String, int[]> e : score.entrySet()) {
      int[] n = e.getValue();
      System.out.printf(
          Locale.ROOT,
          "%s %s: %d sentences, speaker+relay %d (%.0f %%), hedges %d (%.0f %%)%n",
          file,
          e.getKey(),
          n[0],
          n[1],
          100.0 * n[1] / n[0],
          n[2],
          100.0 * n[2] / n[0]);
      total += n[0];
      speakers += n[1];
      hedges += n[2];
    }
    assertThat(100.0 * speakers / total).isGreaterThanOrEqualTo(75);
    assertThat(100.0 * hedges / total).isGreaterThanOrEqualTo(75);
  }

  private static boolean eq(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }
}
