package org.vigie.bench.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.vigie.core.document.Document;
import org.vigie.core.document.DocumentStatus;

/**
 * Reproducible documents for the benchmark, in the five languages with the share a war's reporting
 * might have: words drawn from a Zipf law over a per-language vocabulary of made-up words (in the
 * language's script), with the domain's real words ("soldats", "військові", "북한군", ...) mixed in at
 * a few percent, numbers, a title, a date in 2022-2025 and one of 50 outlets.
 */
final class SyntheticCorpus {

  /** Made-up words per language. */
  private static final int VOCABULARY = 30_000;

  /** Share of the words of a text that are the domain's real words. */
  private static final double DOMAIN_SHARE = 0.06;

  record Lang(String tag, double share, String script, List<String> domain) {}

  static final List<Lang> LANGUAGES =
      List.of(
          new Lang(
              "fr",
              0.30,
              "latin",
              List.of(
                  "soldats",
                  "troupes",
                  "nord-coréens",
                  "Russie",
                  "Koursk",
                  "missiles",
                  "obus",
                  "renseignement",
                  "déployés",
                  "pertes",
                  "Séoul",
                  "Pyongyang",
                  "Ukraine",
                  "frontière",
                  "armée",
                  "munitions",
                  "blessés",
                  "tués",
                  "estimation",
                  "ministre")),
          new Lang(
              "en",
              0.30,
              "latin",
              List.of(
                  "troops",
                  "soldiers",
                  "North",
                  "Korean",
                  "Russia",
                  "Kursk",
                  "missiles",
                  "shells",
                  "intelligence",
                  "deployed",
                  "casualties",
                  "Seoul",
                  "Pyongyang",
                  "Ukraine",
                  "border",
                  "army",
                  "ammunition",
                  "wounded",
                  "killed",
                  "estimate")),
          new Lang(
              "ru",
              0.15,
              "cyrillic",
              List.of(
                  "военные",
                  "солдаты",
                  "КНДР",
                  "России",
                  "Курской",
                  "ракеты",
                  "снаряды",
                  "разведка",
                  "потери",
                  "Сеул",
                  "Пхеньян",
                  "Украина",
                  "граница",
                  "армия",
                  "боеприпасы",
                  "раненые",
                  "погибшие",
                  "оценка")),
          new Lang(
              "uk",
              0.15,
              "cyrillic",
              List.of(
                  "військові",
                  "солдати",
                  "КНДР",
                  "Росії",
                  "Курській",
                  "ракети",
                  "снаряди",
                  "розвідка",
                  "втрати",
                  "Сеул",
                  "Пхеньян",
                  "Україна",
                  "кордон",
                  "армія",
                  "боєприпаси",
                  "поранені",
                  "загиблі",
                  "оцінка")),
          new Lang(
              "ko",
              0.10,
              "hangul",
              List.of(
                  "북한군", "러시아", "파병", "국정원", "병력", "사상자", "미사일", "포탄", "쿠르스크", "우크라이나", "평양", "서울",
                  "전선", "정보", "추정")));

  static final int OUTLETS = 50;

  private final long seed;
  private final String[][] vocabulary = new String[LANGUAGES.size()][];
  private final double[] zipf = new double[VOCABULARY];

  SyntheticCorpus(long seed) {
    this.seed = seed;
    double sum = 0;
    for (int r = 0; r < VOCABULARY; r++) {
      sum += 1.0 / (r + 1);
      zipf[r] = sum;
    }
    for (int r = 0; r < VOCABULARY; r++) {
      zipf[r] /= sum;
    }
    for (int l = 0; l < LANGUAGES.size(); l++) {
      Random random = new Random(seed * 31 + l);
      String script = LANGUAGES.get(l).script();
      vocabulary[l] = new String[VOCABULARY];
      for (int r = 0; r < VOCABULARY; r++) {
        vocabulary[l][r] = word(random, script);
      }
    }
  }

  /** The document number {@code n}: the same for the same seed, on any machine. */
  Document document(long n) {
    Random random = new Random(seed ^ (n * 0x9E3779B97F4A7C15L));
    int l = language(random.nextDouble());
    Lang lang = LANGUAGES.get(l);
    String title = words(random, l, 5 + random.nextInt(6));
    String text = words(random, l, 60 + random.nextInt(160));
    String sha = String.format(Locale.ROOT, "%016x", mix(n)) + "0".repeat(48);
    LocalDate published = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(4 * 365));
    return new Document(
        sha.substring(0, Document.ID_LENGTH),
        sha,
        "bench/" + n,
        null,
        Instant.EPOCH,
        text.length(),
        "text/plain",
        lang.tag(),
        title,
        published,
        "Outlet " + random.nextInt(OUTLETS),
        text,
        DocumentStatus.OK,
        null);
  }

  private static int language(double u) {
    double acc = 0;
    for (int l = 0; l < LANGUAGES.size(); l++) {
      acc += LANGUAGES.get(l).share();
      if (u < acc) {
        return l;
      }
    }
    return LANGUAGES.size() - 1;
  }

  private String words(Random random, int l, int count) {
    StringBuilder b = new StringBuilder(count * 8);
    List<String> domain = LANGUAGES.get(l).domain();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        b.append(i % 17 == 0 ? ". " : " ");
      }
      double u = random.nextDouble();
      if (u < DOMAIN_SHARE) {
        b.append(domain.get((int) (domain.size() * Math.pow(random.nextDouble(), 2))));
      } else if (u < DOMAIN_SHARE + 0.01) {
        b.append(1 + random.nextInt(20)).append(" 000");
      } else {
        b.append(vocabulary[l][rank(random.nextDouble())]);
      }
    }
    return b.append('.').toString();
  }

  private int rank(double u) {
    int i = java.util.Arrays.binarySearch(zipf, u);
    return Math.min(VOCABULARY - 1, i >= 0 ? i : -i - 1);
  }

  private static String word(Random random, String script) {
    int syllables = 1 + random.nextInt(3);
    StringBuilder w = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      switch (script) {
        case "latin" ->
            w.append("bcdfglmnprstvz".charAt(random.nextInt(14)))
                .append("aeiouy".charAt(random.nextInt(6)));
        case "cyrillic" ->
            w.append("бвгдзклмнпрстх".charAt(random.nextInt(14)))
                .append("аеиоуяю".charAt(random.nextInt(7)));
        default -> w.append((char) (0xAC00 + random.nextInt(11172)));
      }
    }
    return w.toString();
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb93fe1a85ec3L;
    return z ^ (z >>> 33);
  }
}
