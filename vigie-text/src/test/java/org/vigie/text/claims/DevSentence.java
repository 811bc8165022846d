package org.vigie.text.claims;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One line of dev.tsv or heldout.tsv: a sentence with its quantity marked ⟦...⟧ and the speaker,
 * relay and cue classes it should get.
 */
record DevSentence(
    String lang, String text, int start, int end, String speaker, String relay, Set<String> cues) {

  static List<DevSentence> load(String resource) throws IOException {
    List<DevSentence> out = new ArrayList<>();
    try (InputStream in = DevSentence.class.getResourceAsStream(resource)) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : all.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        String marked = c[1];
        int start = marked.indexOf('⟦');
        int end = marked.indexOf('⟧') - 1;
        Set<String> cues = new TreeSet<>();
        if (!"-".equals(c[4])) {
          cues.addAll(Arrays.asList(c[4].split(",")));
        }
        out.add(
            new DevSentence(
                c[0],
                marked.replace("⟦", "").replace("⟧", ""),
                start,
                end,
                dash(c[2]),
                dash(c[3]),
                cues));
      }
    }
    return out;
  }

  private static String dash(String s) {
    return "-".equals(s) ? null : s;
  }

  @Override
  public String toString() {
    return lang + ": " + text;
  }
}
