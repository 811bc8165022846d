package org.vigie.bench.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.vigie.testkit.Fixtures;

/**
 * Writes a reproducible corpus for measuring ingest throughput: news-like reports in five
 * languages, as UTF-8 and legacy-encoded text (70 %), HTML (18 %), PDF (8 %) and DOCX (4 %).
 *
 * <p>From the project root:
 *
 * <pre>
 * ./mvnw -B -ntp -pl vigie-bench -am package -DskipTests
 * java -cp "vigie-bench/target/vigie-bench-0.1.0-SNAPSHOT.jar:vigie-bench/target/lib/*" \
 *     org.vigie.bench.ingest.CorpusGenerator DIR DOCUMENTS [SEED]
 * time ./vigie --data D ingest DIR
 * </pre>
 *
 * The ingest prints files, megabytes and seconds; docs/web.md serves such a corpus for its latency
 * figures.
 */
public final class CorpusGenerator {

  private static final String[][] SENTENCES = {
    {
      "fr",
      "Selon le renseignement sud-coréen, environ %d soldats nord-coréens ont été envoyés en"
          + " Russie.",
      "Le ministère de la Défense estime que plus de %d militaires seraient engagés à Koursk.",
      "Les pertes nord-coréennes dépasseraient %d hommes, d'après Kiev."
    },
    {
      "en",
      "Officials said about %d North Korean troops had moved to the Kursk region.",
      "The Pentagon estimates that at least %d soldiers are now in Russia.",
      "Seoul believes casualties have reached roughly %d, lawmakers said."
    },
    {
      "ru",
      "По данным разведки, около %d северокорейских военных находятся в Курской области.",
      "Пентагон оценивает численность контингента не менее чем в %d человек.",
      "Потери КНДР превысили %d человек, сообщили в Киеве."
    },
    {
      "uk",
      "За даними ГУР, понад %d військових КНДР перебувають у Курській області.",
      "У Пентагоні оцінюють кількість військових щонайменше у %d осіб.",
      "Втрати військ КНДР перевищили %d осіб, заявив президент."
    },
    {
      "ko",
      "국가정보원은 북한군 약 %d명이 러시아에 파병된 것으로 추정했다.",
      "미 국방부는 최소 %d명의 북한군이 쿠르스크에 있다고 밝혔다.",
      "합참은 북한군 사상자가 %d명을 넘었다고 평가했다."
    }
  };

  private CorpusGenerator() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int documents = Integer.parseInt(args[1]);
    Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 2024);
    for (int i = 0; i < documents; i++) {
      String[] language = SENTENCES[random.nextInt(SENTENCES.length)];
      List<String> paragraphs = paragraphs(language, random, i);
      Path folder = dir.resolve(String.format(Locale.ROOT, "%03d", i / 500));
      Files.createDirectories(folder);
      String base = String.format(Locale.ROOT, "%s-%06d", language[0], i);
      int kind = random.nextInt(100);
      if (kind < 8) {
        Fixtures.pdf(
            folder.resolve(base + ".pdf"),
            "Report " + i,
            LocalDate.of(2024, 11, 4),
            paragraphs.subList(0, Math.min(6, paragraphs.size())));
      } else if (kind < 12) {
        Fixtures.docx(
            folder.resolve(base + ".docx"), "Report " + i, LocalDate.of(2024, 11, 4), paragraphs);
      } else if (kind < 30) {
        Files.writeString(
            folder.resolve(base + ".html"), html(i, paragraphs), StandardCharsets.UTF_8);
      } else {
        Charset charset = legacyCharset(language[0], random);
        Files.write(
            folder.resolve(base + ".txt"), String.join("\n\n", paragraphs).getBytes(charset));
      }
    }
  }

  private static List<String> paragraphs(String[] language, Random random, int i) {
    List<String> paragraphs = new ArrayList<>();
    int count = 3 + random.nextInt(25);
    for (int p = 0; p < count; p++) {
      StringBuilder s = new StringBuilder();
      for (int k = 0; k < 4; k++) {
        String template = language[1 + random.nextInt(language.length - 1)];
        s.append(String.format(Locale.ROOT, template, 100 * (1 + random.nextInt(150)))).append(' ');
      }
      s.append("(doc ").append(i).append(", §").append(p).append(')');
      paragraphs.add(s.toString());
    }
    return paragraphs;
  }

  private static String html(int i, List<String> paragraphs) {
    StringBuilder s = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">");
    s.append("<title>Report ")
        .append(i)
        .append("</title><script>var t = ")
        .append(i)
        .append(";</script></head><body><nav>Home | World</nav><article>");
    for (String p : paragraphs) {
      s.append("<p>").append(p).append("</p>");
    }
    return s.append("</article><footer>© Example</footer></body></html>").toString();
  }

  private static Charset legacyCharset(String lang, Random random) {
    if (random.nextInt(4) > 0) {
      return StandardCharsets.UTF_8;
    }
    return switch (lang) {
      case "ru", "uk" -> Charset.forName("windows-1251");
      case "ko" -> Charset.forName("EUC-KR");
      case "fr" -> Charset.forName("windows-1252");
      default -> StandardCharsets.UTF_16LE;
    };
  }
}
