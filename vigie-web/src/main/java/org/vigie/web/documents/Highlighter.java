package org.vigie.web.documents;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.vigie.web.http.Html;

/**
 * Renders a text as escaped HTML with {@code <mark>} elements over the given spans.
 *
 * <p>Spans may nest or overlap; marks may not. So the text is cut at every span boundary into
 * elementary segments, and each segment covered by at least one span becomes one mark:
 *
 * <ul>
 *   <li>{@code class="hl hl-KIND ..."}: the kinds of every span covering it, in span order;
 *   <li>{@code data-spans="i j ..."}: the indices of those spans in the list given, so that a
 *       script can light up every segment of one span together;
 *   <li>{@code data-NAME="..."}: the attributes of the innermost covering span (the shortest; of
 *       equal lengths the one starting last; then the one given first);
 *   <li>{@code tabindex="0"} when that span has a {@code tip} attribute: the stylesheet shows the
 *       tip on hover and on keyboard focus.
 * </ul>
 *
 * The output depends only on the text and the list: no choice is left to iteration order. Spans are
 * clipped to the text; a boundary falling inside a surrogate pair is moved outwards so that no
 * character is cut in two. Empty spans are left out.
 */
public final class Highlighter {

  private Highlighter() {}

  public static String render(String text, List<MarkedSpan> spans) {
    List<MarkedSpan> kept = clip(text, spans);
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (MarkedSpan s : kept) {
      if (s != null) {
        cuts.add(s.start());
        cuts.add(s.end());
      }
    }
    // Between two consecutive cuts a span covers the segment exactly when it is open at its start:
    // one sweep keeps the open spans, rather than testing every span for every segment.
    Map<Integer, List<Integer>> opening = new HashMap<>();
    Map<Integer, List<Integer>> closing = new HashMap<>();
    for (int i = 0; i < kept.size(); i++) {
      MarkedSpan s = kept.get(i);
      if (s != null) {
        opening.computeIfAbsent(s.start(), k -> new ArrayList<>()).add(i);
        closing.computeIfAbsent(s.end(), k -> new ArrayList<>()).add(i);
      }
    }
    BitSet covering = new BitSet(kept.size());
    StringBuilder out = new StringBuilder(text.length() + 64 * kept.size());
    Integer from = cuts.first();
    for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
      closing.getOrDefault(from, List.of()).forEach(covering::clear);
      opening.getOrDefault(from, List.of()).forEach(covering::set);
      if (covering.isEmpty()) {
        Html.escapeTo(text, from, to, out);
      } else {
        openMark(kept, covering, out);
        Html.escapeTo(text, from, to, out);
        out.append("</mark>");
      }
    }
    return out.toString();
  }

  /**
   * The spans clipped to the text, with boundaries moved out of surrogate pairs; empty ones are
   * replaced by null so that the indices stay those of the caller's list.
   */
  private static List<MarkedSpan> clip(String text, List<MarkedSpan> spans) {
    List<MarkedSpan> out = new ArrayList<>(spans.size());
    for (MarkedSpan s : spans) {
      int start = Math.min(s.start(), text.length());
      int end = Math.min(s.end(), text.length());
      if (start > 0 && start < text.length() && splitsPair(text, start)) {
        start--;
      }
      if (end > 0 && end < text.length() && splitsPair(text, end)) {
        end++;
      }
      out.add(start < end ? new MarkedSpan(start, end, s.kind(), s.attributes()) : null);
    }
    return out;
  }

  private static boolean splitsPair(String text, int at) {
    return Character.isHighSurrogate(text.charAt(at - 1))
        && Character.isLowSurrogate(text.charAt(at));
  }

  private static void openMark(List<MarkedSpan> spans, BitSet covering, StringBuilder out) {
    StringBuilder classes = new StringBuilder("hl");
    StringBuilder ids = new StringBuilder();
    int innermost = -1;
    for (int i = covering.nextSetBit(0); i >= 0; i = covering.nextSetBit(i + 1)) {
      MarkedSpan s = spans.get(i);
      String cls = " hl-" + s.kind();
      if (classes.indexOf(cls + " ") < 0 && !classes.toString().endsWith(cls)) {
        classes.append(cls);
      }
      ids.append(ids.length() == 0 ? "" : " ").append(i);
      if (innermost < 0 || isInner(s, spans.get(innermost))) {
        innermost = i;
      }
    }
    out.append("<mark class=\"").append(classes).append("\" data-spans=\"").append(ids);
    out.append("\" data-kind=\"").append(spans.get(innermost).kind()).append('"');
    for (Map.Entry<String, String> a : spans.get(innermost).attributes().entrySet()) {
      out.append(" data-").append(a.getKey()).append("=\"");
      Html.escapeTo(a.getValue(), 0, a.getValue().length(), out);
      out.append('"');
    }
    if (spans.get(innermost).attributes().containsKey("tip")) {
      out.append(" tabindex=\"0\""); // the tooltip shows on focus too, for the keyboard
    }
    out.append('>');
  }

  /** Shorter wins; of equal lengths, the later start; otherwise the earlier index (kept). */
  private static boolean isInner(MarkedSpan candidate, MarkedSpan current) {
    if (candidate.length() != current.length()) {
      return candidate.length() < current.length();
    }
    return candidate.start() > current.start();
  }
}
