package org.vigie.bench.quantity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A news-like corpus of any size, in five languages, for throughput runs: the sentences of the
 * quantity gold sets, NewsQuant's English news sentences and the French seed analysis (both read
 * from ../shared when it is there), strung into paragraphs at random with a third of their digits
 * changed, so that no two paragraphs are alike. The same seed gives the same corpus.
 */
final class NewsCorpus {

  private static final ObjectMapper JSON = new ObjectMapper();

  private NewsCorpus() {}

  /** The sentences to draw from, found relative to the project root. */
  static List<String> sentences(Path root) throws IOException {
    List<String> out = new ArrayList<>();
    Path sets = root.resolve("vigie-text/src/test/resources/quantity");
    try (Stream<Path> files = Files.list(sets)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            out.add(JSON.readTree(line).get("text").asText());
          }
        }
      }
    }
    Path newsquant = root.resolve("../shared/data/newsquant/NewsQuant.json");
    if (Files.exists(newsquant)) {
      for (JsonNode s : JSON.readTree(newsquant.toFile())) {
        out.add(s.get("text").asText());
      }
    }
    Path seed = root.resolve("../shared/corpus/000_dc3f08365898685b.txt");
    if (Files.exists(seed)) {
      for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          out.add(line);
        }
      }
    }
    return out;
  }

  /** Writes about {@code bytes} bytes of UTF-8 paragraphs to {@code file}. */
  static void write(List<String> sentences, long bytes, long seed, Path file) throws IOException {
    Random random = new Random(seed);
    long written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StringBuilder paragraph = new StringBuilder();
      while (written < bytes) {
        paragraph.setLength(0);
        int count = 3 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
          if (i > 0) {
            paragraph.append(' ');
          }
          vary(sentences.get(random.nextInt(sentences.size())), random, paragraph);
        }
        paragraph.append("\n\n");
        String p = paragraph.toString();
        w.write(p);
        written += p.getBytes(StandardCharsets.UTF_8).length;
      }
    }
  }

  private static void vary(String sentence, Random random, StringBuilder out) {
    for (int i = 0; i < sentence.length(); i++) {
      char ch = sentence.charAt(i);
      boolean digit = ch >= '0' && ch <= '9';
      out.append(digit && random.nextInt(3) == 0 ? (char) ('0' + random.nextInt(10)) : ch);
    }
  }
}
