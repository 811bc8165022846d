package org.vigie.search;

import java.time.LocalDate;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.vigie.core.search.IndexEntry;

/**
 * The fields of an indexed document. Change them and {@link #LAYOUT}: an index of another layout is
 * rebuilt from the store when opened.
 */
final class IndexFields {

  /** The version of this layout, kept in each commit of the index. */
  static final String LAYOUT = "vigie-index-2";

  static final String LAYOUT_KEY = "vigie.layout";

  static final String ID = "id";
  static final String LANG = "lang";
  static final String TITLE = "title";
  static final String ORIGIN = "origin";
  static final String SOURCE = "source";
  static final String SOURCE_KEY = "source_key";
  static final String PUBLISHED = "published";
  static final String PUBLISHED_DAY = "published_day";
  static final String MONTH = "month";
  static final String UNIT = "unit";
  static final String ACTOR = "actor";
  static final String HAS_QUANTITY = "has_quantity";
  static final String YES = "yes";

  /** What the claim filters were given of a document, to check the index against the store. */
  static final String CLAIM_FACTS = "claim_facts";

  /** Text: stored for snippets, with offsets in the postings so that highlighting is fast. */
  private static final FieldType TEXT;

  static {
    TEXT = new FieldType(TextField.TYPE_STORED);
    TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT.freeze();
  }

  private IndexFields() {}

  static Document toLucene(IndexEntry entry) {
    org.vigie.core.document.Document d = entry.document();
    Language language = Language.of(d.lang());
    Document doc = new Document();
    doc.add(new KeywordField(ID, d.id(), Field.Store.YES));
    doc.add(new KeywordField(LANG, d.lang(), Field.Store.YES));
    doc.add(new StoredField(ORIGIN, d.origin()));
    doc.add(new Field(language.textField(), d.text(), TEXT));
    if (d.title() != null) {
      doc.add(new StoredField(TITLE, d.title()));
      doc.add(new TextField(language.titleField(), d.title(), Field.Store.NO));
    }
    if (d.source() != null) {
      doc.add(new KeywordField(SOURCE, d.source(), Field.Store.YES));
      doc.add(new StringField(SOURCE_KEY, key(d.source()), Field.Store.NO));
    }
    if (d.published() != null) {
      LocalDate p = d.published();
      doc.add(new StoredField(PUBLISHED, p.toString()));
      doc.add(new LongPoint(PUBLISHED_DAY, p.toEpochDay()));
      doc.add(new KeywordField(MONTH, p.toString().substring(0, 7), Field.Store.NO));
    }
    for (String unit : entry.units()) {
      doc.add(new KeywordField(UNIT, key(unit), Field.Store.NO));
    }
    for (String actor : entry.actors()) {
      doc.add(new KeywordField(ACTOR, key(actor), Field.Store.NO));
    }
    if (entry.quantities() > 0) {
      doc.add(new StringField(HAS_QUANTITY, YES, Field.Store.NO));
    }
    doc.add(new KeywordField(CLAIM_FACTS, claimFacts(entry), Field.Store.NO));
    return doc;
  }

  /**
   * The facts of a document's claims that the filters use, in one string: the number of quantities,
   * the units and the actors, sorted. Two entries with the same facts filter alike.
   */
  static String claimFacts(IndexEntry entry) {
    return entry.quantities()
        + "|"
        + String.join(",", new TreeSet<>(entry.units()))
        + "|"
        + String.join(",", new TreeSet<>(entry.actors()));
  }

  /** How values compared without regard to case are indexed. */
  static String key(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }
}
