package org.vigie.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;

/**
 * One analyzer per language, each made on first use (Nori's Korean dictionary takes most of a
 * second to load: a search in French only, or an index of French documents, need not wait for it),
 * and the per-field analyzer the index writer and the highlighter use.
 */
final class Analyzers implements AutoCloseable {

  private final Map<Language, Analyzer> byLanguage = new ConcurrentHashMap<>();
  private final Analyzer keyword = new KeywordAnalyzer();
  private final Analyzer perField =
      new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
          for (Language l : Language.values()) {
            if (fieldName.equals(l.textField()) || fieldName.equals(l.titleField())) {
              return of(l);
            }
          }
          return keyword;
        }
      };

  Analyzer of(Language language) {
    return byLanguage.computeIfAbsent(language, Language::analyzer);
  }

  Analyzer perField() {
    return perField;
  }

  @Override
  public void close() {
    perField.close();
    keyword.close();
    byLanguage.values().forEach(Analyzer::close);
  }
}
