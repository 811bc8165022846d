package org.vigie.search;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * One analyzer per language, loaded once (Nori's and Morfologik's dictionaries take a few hundred
 * milliseconds), and the per-field analyzer the index writer and the highlighter use.
 */
final class Analyzers implements AutoCloseable {

  private final Map<Language, Analyzer> byLanguage = new EnumMap<>(Language.class);
  private final PerFieldAnalyzerWrapper perField;

  Analyzers() {
    Map<String, Analyzer> fields = new HashMap<>();
    for (Language l : Language.values()) {
      Analyzer a = l.analyzer();
      byLanguage.put(l, a);
      fields.put(l.textField(), a);
      fields.put(l.titleField(), a);
    }
    perField = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
  }

  Analyzer of(Language language) {
    return byLanguage.get(language);
  }

  Analyzer perField() {
    return perField;
  }

  @Override
  public void close() {
    perField.close();
    byLanguage.values().forEach(Analyzer::close);
  }
}
