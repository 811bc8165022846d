package org.vigie.ingest.format;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The main text of an HTML page: what a reader reads, without scripts, styles, menus, headers,
 * footers, sidebars and forms. Paragraphs stay on lines of their own.
 */
final class HtmlReader {

  private static final Pattern DECLARED_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  /** Never text: code, styling, embedded objects and controls. */
  private static final String NEVER_TEXT =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button,"
          + " select, input, textarea, [hidden], [aria-hidden=true], [role=navigation]";

  /** Page furniture; kept when it sits inside the article (an article's own header). */
  private static final String FURNITURE = "nav, header, footer, aside, menu";

  private static final Pattern NOISE_CLASS =
      Pattern.compile(
          "(^|[\\s_-])(nav|navbar|menu|footer|sidebar|cookies?|consent|share|sharing|social"
              + "|breadcrumbs?|related|comments?|advert|ads|banner|newsletter|subscribe|promo)"
              + "($|[\\s_-])",
          Pattern.CASE_INSENSITIVE);

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "tr",
          "table",
          "blockquote",
          "pre",
          "figure",
          "figcaption",
          "address",
          "br",
          "hr",
          "header",
          "footer",
          "caption");

  private HtmlReader() {}

  static ParsedFile read(byte[] bytes, String baseUri, int maxChars) {
    org.jsoup.nodes.Document page = Jsoup.parse(decode(bytes), baseUri);
    String title = title(page);
    LocalDate published = published(page);
    page.select(NEVER_TEXT).remove();
    for (Element e : page.select(FURNITURE)) {
      if (e.closest("article, main, [role=main]") == null) {
        e.remove();
      }
    }
    for (Element e : page.body().select("[class], [id]")) {
      if (NOISE_CLASS.matcher(e.className() + " " + e.id()).find()
          && e.closest("p, h1, h2, h3") == null
          && e.select("p").size() < 3) {
        e.remove();
      }
    }
    String text = blockText(mainElement(page));
    return ParsedFile.of(bytes, "text/html", BoundedText.of(text, maxChars))
        .withTitle(title)
        .withPublished(published);
  }

  private static String decode(byte[] bytes) {
    Charsets.Guess guess = Charsets.guess(bytes);
    if (guess.skip() > 0) {
      return new String(bytes, guess.skip(), bytes.length - guess.skip(), guess.charset());
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED_CHARSET.matcher(head);
    if (m.find() && Charset.isSupported(m.group(1))) {
      return new String(bytes, Charset.forName(m.group(1)));
    }
    return TextReader.decode(bytes);
  }

  private static Element mainElement(org.jsoup.nodes.Document page) {
    Elements articles = page.select("article");
    if (!articles.isEmpty()) {
      return articles.stream().max(Comparator.comparingInt(e -> e.text().length())).orElseThrow();
    }
    Element main = page.selectFirst("main, [role=main]");
    return main != null ? main : page.body();
  }

  private static String title(org.jsoup.nodes.Document page) {
    Element og = page.selectFirst("meta[property=og:title]");
    if (og != null && !og.attr("content").isBlank()) {
      return og.attr("content");
    }
    if (!page.title().isBlank()) {
      return page.title();
    }
    Element h1 = page.selectFirst("h1");
    return h1 == null ? null : h1.text();
  }

  private static LocalDate published(org.jsoup.nodes.Document page) {
    for (String query :
        new String[] {
          "meta[property=article:published_time]",
          "meta[name=article:published_time]",
          "meta[itemprop=datePublished]",
          "meta[name=date]",
          "meta[name=pubdate]",
          "meta[name=dc.date]",
          "meta[name=DC.date.issued]",
        }) {
      Element meta = page.selectFirst(query);
      if (meta != null) {
        LocalDate date = MetadataDates.parseLenient(meta.attr("content"));
        if (date != null) {
          return date;
        }
      }
    }
    Element time = page.selectFirst("article time[datetime], time[pubdate], time[datetime]");
    return time == null ? null : MetadataDates.parseLenient(time.attr("datetime"));
  }

  /** Text with one line per block element and single spaces inside a line. */
  static String blockText(Element root) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              appendCollapsed(out, t.getWholeText());
            } else if (node instanceof Element e && isBlock(e)) {
              newline(out);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && isBlock(e)) {
              newline(out);
            }
          }
        },
        root);
    return out.toString().strip();
  }

  private static boolean isBlock(Element e) {
    return BLOCKS.contains(e.normalName().toLowerCase(Locale.ROOT));
  }

  private static void appendCollapsed(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        int last = out.length() - 1;
        if (last >= 0 && out.charAt(last) != ' ' && out.charAt(last) != '\n') {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
  }

  private static void newline(StringBuilder out) {
    int last = out.length() - 1;
    while (last >= 0 && out.charAt(last) == ' ') {
      out.setLength(last--);
    }
    if (last >= 0 && out.charAt(last) != '\n') {
      out.append('\n');
    }
  }
}
