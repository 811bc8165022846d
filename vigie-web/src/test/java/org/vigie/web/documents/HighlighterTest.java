package org.vigie.web.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HighlighterTest {

  @Test
  void escapes_a_text_without_spans_and_keeps_its_whitespace() {
    assertThat(Highlighter.render("a <b> & \"c\" 'd'\n\te", List.of()))
        .isEqualTo("a &lt;b&gt; &amp; &#34;c&#34; &#39;d&#39;\n\te");
  }

  @Test
  void replaces_control_characters_that_html_cannot_hold() {
    assertThat(Highlighter.render("a\u0000b\u0085c\u001bd", List.of()))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
  }

  @Test
  void marks_one_span_with_its_kind_and_escaped_attributes() {
    String html =
        Highlighter.render(
            "environ 3 000 soldats",
            List.of(new MarkedSpan(8, 13, "quantity", Map.of("value", "3000", "claim", "c\"1<"))));
    assertThat(html)
        .isEqualTo(
            "environ <mark class=\"hl hl-quantity\" data-spans=\"0\" data-kind=\"quantity\""
                + " data-claim=\"c&#34;1&lt;\" data-value=\"3000\">3 000</mark> soldats");
  }

  @Test
  void cuts_nested_spans_into_marks_that_do_not_nest_and_names_the_innermost() {
    String html =
        Highlighter.render(
            "0123456789",
            List.of(
                new MarkedSpan(0, 10, "attribution", Map.of("who", "NIS")),
                new MarkedSpan(3, 6, "quantity", Map.of("value", "345"))));
    assertThat(html)
        .isEqualTo(
            "<mark class=\"hl hl-attribution\" data-spans=\"0\" data-kind=\"attribution\""
                + " data-who=\"NIS\">012</mark>"
                + "<mark class=\"hl hl-attribution hl-quantity\" data-spans=\"0 1\""
                + " data-kind=\"quantity\" data-value=\"345\">345</mark>"
                + "<mark class=\"hl hl-attribution\" data-spans=\"0\" data-kind=\"attribution\""
                + " data-who=\"NIS\">6789</mark>");
  }

  @Test
  void cuts_overlapping_spans_at_each_boundary() {
    String html =
        Highlighter.render("abcdefgh", List.of(MarkedSpan.of(0, 5, "a"), MarkedSpan.of(3, 8, "b")));
    assertThat(marks(html)).containsExactly("0|abc", "0 1|de", "1|fgh");
  }

  @Test
  void gives_equal_spans_of_two_kinds_one_mark_with_both_classes() {
    String html =
        Highlighter.render(
            "xyz", List.of(MarkedSpan.of(0, 3, "entity"), MarkedSpan.of(0, 3, "date")));
    assertThat(html)
        .startsWith("<mark class=\"hl hl-entity hl-date\" data-spans=\"0 1\" data-kind=\"entity\"");
  }

  @Test
  void clips_spans_to_the_text_and_leaves_out_empty_ones() {
    String html =
        Highlighter.render(
            "abc",
            List.of(MarkedSpan.of(2, 99, "a"), MarkedSpan.of(1, 1, "b"), MarkedSpan.of(5, 9, "c")));
    assertThat(html)
        .isEqualTo("ab<mark class=\"hl hl-a\" data-spans=\"0\" data-kind=\"a\">c</mark>");
  }

  @Test
  void never_cuts_a_character_outside_the_basic_plane_in_two() {
    String text = "a\uD83D\uDE00b"; // a 😀 b: the emoji is two UTF-16 units, at 1 and 2
    // x starts inside the emoji: it grows back to cover it; y ends inside it: it grows forward.
    String html =
        Highlighter.render(text, List.of(MarkedSpan.of(2, 3, "x"), MarkedSpan.of(0, 2, "y")));
    assertThat(marks(html)).containsExactly("1|a", "0 1|\uD83D\uDE00");
    assertThat(html).endsWith("</mark>b");
  }

  @Test
  void escapes_markup_inside_marks() {
    String html =
        Highlighter.render("<script>alert(1)</script>", List.of(MarkedSpan.of(0, 8, "x")));
    assertThat(html).doesNotContain("<script").contains("&lt;script&gt;</mark>alert(1)");
  }

  @Test
  void refuses_kinds_and_attribute_names_that_are_not_plain_words() {
    assertThatThrownBy(() -> MarkedSpan.of(0, 1, "x\" onclick=\"y"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MarkedSpan(0, 1, "x", Map.of("on click", "y")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MarkedSpan.of(3, 2, "x")).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * For random texts and spans: removing the marks and unescaping gives the text back; marks never
   * nest; a character is inside a mark exactly when some span covers it; and rendering twice gives
   * the same output.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void keeps_the_text_and_marks_exactly_the_covered_characters(long seed) {
    Random random = new Random(seed);
    String alphabet = "ab <&>\"'\n\u00e9\uD83D\uDE00";
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(60);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    List<MarkedSpan> spans = new ArrayList<>();
    for (int i = random.nextInt(6); i > 0; i--) {
      int start = random.nextInt(length + 2);
      spans.add(MarkedSpan.of(start, start + random.nextInt(12), random.nextBoolean() ? "a" : "b"));
    }
    String html = Highlighter.render(text.toString(), spans);

    assertThat(unescape(html.replaceAll("<mark[^>]*>|</mark>", ""))).isEqualTo(text.toString());
    assertThat(html.replaceAll("<mark[^>]*>[^<]*</mark>", "")).doesNotContain("<mark", "</mark>");
    assertThat(Highlighter.render(text.toString(), spans)).isEqualTo(html);
    // Which characters are marked, one 'x' or '.' per UTF-16 unit, in order.
    StringBuilder marked = new StringBuilder();
    Matcher m = Pattern.compile("<mark[^>]*>([^<]*)</mark>|([^<]+)").matcher(html);
    while (m.find()) {
      String run = unescape(m.group(1) != null ? m.group(1) : m.group(2));
      marked.append((m.group(1) != null ? "x" : ".").repeat(run.length()));
    }
    assertThat(marked.toString()).isEqualTo(coveredMask(text.toString(), spans));
  }

  /** 'x' for each unit covered by some span (whole surrogate pairs, as the renderer), else '.'. */
  private static String coveredMask(String text, List<MarkedSpan> spans) {
    boolean[] in = new boolean[text.length()];
    for (MarkedSpan s : spans) {
      int start = Math.min(s.start(), text.length());
      int end = Math.min(s.end(), text.length());
      if (start > 0 && start < text.length() && isPair(text, start)) {
        start--;
      }
      if (end > 0 && end < text.length() && isPair(text, end)) {
        end++;
      }
      for (int i = start; i < end; i++) {
        in[i] = true;
      }
    }
    StringBuilder mask = new StringBuilder(in.length);
    for (boolean b : in) {
      mask.append(b ? 'x' : '.');
    }
    return mask.toString();
  }

  /** Whether a surrogate pair (not a lone surrogate, which texts may hold) straddles {@code at}. */
  private static boolean isPair(String text, int at) {
    return Character.isHighSurrogate(text.charAt(at - 1))
        && Character.isLowSurrogate(text.charAt(at));
  }

  /** Each mark as "spans|text". */
  private static List<String> marks(String html) {
    List<String> out = new ArrayList<>();
    Matcher m =
        Pattern.compile("<mark[^>]*data-spans=\"([^\"]*)\"[^>]*>([^<]*)</mark>").matcher(html);
    while (m.find()) {
      out.add(m.group(1) + "|" + m.group(2));
    }
    return out;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
