package org.vigie.search;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * The languages the index analyses each in its own way, and how. A document goes to the fields of
 * its language ({@code text_fr}, ...); any other language to the {@code OTHER} fields, analysed by
 * Unicode rules alone (ICU word breaks and case and accent folding).
 */
enum Language {
  FR("fr") {
    @Override
    Analyzer analyzer() {
      // Elision (l'armée), French stop words, light stemming (soldats -> soldat), accents folded.
      return new FrenchAnalyzer();
    }
  },
  EN("en") {
    @Override
    Analyzer analyzer() {
      // Possessives (Korea's), English stop words, Porter stemming (soldiers -> soldier).
      return new EnglishAnalyzer();
    }
  },
  RU("ru") {
    @Override
    Analyzer analyzer() {
      // Snowball Russian stemming (военных, военные -> воен).
      return new RussianAnalyzer();
    }
  },
  UK("uk") {
    @Override
    Analyzer analyzer() {
      // Dictionary lemmas (військових, військові -> військовий); the dictionary keeps the case of
      // proper nouns and unknown words, so everything is lower-cased after it.
      return new LowerCasing(new UkrainianMorfologikAnalyzer());
    }
  },
  KO("ko") {
    @Override
    Analyzer analyzer() {
      // Nori morphological analysis: 북한군이 -> 북한, 군 (particles dropped).
      return new KoreanAnalyzer();
    }

    @Override
    boolean wordPartsAreAlternatives() {
      return true;
    }
  },
  OTHER("other") {
    @Override
    Analyzer analyzer() {
      return new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new ICUTokenizer();
          return new TokenStreamComponents(source, new ICUFoldingFilter(source));
        }
      };
    }
  };

  private final String suffix;

  Language(String suffix) {
    this.suffix = suffix;
  }

  abstract Analyzer analyzer();

  /**
   * Whether the tokens of one query word are alternatives rather than all required: a Korean word
   * glues nouns together (북한군, "North Korean army"), and its first noun alone should match.
   */
  boolean wordPartsAreAlternatives() {
    return false;
  }

  String textField() {
    return "text_" + suffix;
  }

  String titleField() {
    return "title_" + suffix;
  }

  /** The language whose analysis fits a document in this BCP 47 language. */
  static Language of(String tag) {
    String primary = tag.toLowerCase(Locale.ROOT).split("-", 2)[0];
    for (Language l : values()) {
      if (l != OTHER && l.suffix.equals(primary)) {
        return l;
      }
    }
    return OTHER;
  }

  /** Lower-cases what another analyzer emits, dropping tokens that then repeat at a position. */
  private static final class LowerCasing extends AnalyzerWrapper {
    private final Analyzer inner;

    LowerCasing(Analyzer inner) {
      super(inner.getReuseStrategy());
      this.inner = inner;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      return inner;
    }

    @Override
    protected TokenStreamComponents wrapComponents(
        String fieldName, TokenStreamComponents components) {
      return new TokenStreamComponents(
          components.getSource(),
          new RemoveDuplicatesTokenFilter(new LowerCaseFilter(components.getTokenStream())));
    }

    @Override
    public void close() {
      inner.close();
      super.close();
    }
  }
}
