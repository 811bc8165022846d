package org.vigie.search;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.vigie.core.error.InvalidInputException;
import org.vigie.core.search.SearchQuery;

/**
 * Turns a search into a Lucene query. The words are parsed once per language, each time with that
 * language's analyzer over its own title and text fields, and the readings are alternatives: a
 * document has the fields of one language only, so it is matched by its language's reading (French
 * stop words dropped, French stems), and a stop word of one language does not block the others.
 */
final class Queries {

  /** A word found in the title counts twice as much as in the text. */
  private static final float TITLE_BOOST = 2f;

  private final Analyzers analyzers;

  Queries(Analyzers analyzers) {
    this.analyzers = analyzers;
  }

  Query of(SearchQuery q) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(words(q), Occur.MUST);
    if (q.lang() != null) {
      query.add(KeywordField.newExactQuery(IndexFields.LANG, q.lang()), Occur.FILTER);
    }
    if (q.source() != null) {
      query.add(
          new TermQuery(new Term(IndexFields.SOURCE_KEY, IndexFields.key(q.source()))),
          Occur.FILTER);
    }
    if (q.from() != null || q.to() != null) {
      long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
      long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
      query.add(LongPoint.newRangeQuery(IndexFields.PUBLISHED_DAY, from, to), Occur.FILTER);
    }
    if (q.unit() != null) {
      query.add(
          KeywordField.newExactQuery(IndexFields.UNIT, IndexFields.key(q.unit())), Occur.FILTER);
    }
    if (q.actor() != null) {
      query.add(
          KeywordField.newExactQuery(IndexFields.ACTOR, IndexFields.key(q.actor())), Occur.FILTER);
    }
    if (q.quantitiesOnly()) {
      query.add(new TermQuery(new Term(IndexFields.HAS_QUANTITY, IndexFields.YES)), Occur.FILTER);
    }
    return query.build();
  }

  /** The words alone, as every language (or the one asked for) reads them. */
  Query words(SearchQuery q) {
    if (q.text().isEmpty()) {
      return new MatchAllDocsQuery();
    }
    Set<Language> languages =
        q.lang() == null ? EnumSet.allOf(Language.class) : EnumSet.of(Language.of(q.lang()));
    BooleanQuery.Builder readings = new BooleanQuery.Builder();
    for (Language l : languages) {
      readings.add(parse(q.text(), l), Occur.SHOULD);
    }
    return readings.build();
  }

  /**
   * A slash is taken as itself ("a/b", "24/7"): the parser would read it as the start of a regular
   * expression, which the search syntax does not offer.
   */
  static String literalSlashes(String text) {
    StringBuilder out = new StringBuilder(text.length() + 4);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(c == '/' ? "\\/" : String.valueOf(c));
      }
    }
    return out.toString();
  }

  private Query parse(String text, Language language) {
    QueryParser parser = new LanguageParser(language, analyzers.of(language));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    // Word by word: analysing the whole text at once would turn each word's title-or-text choice
    // into a requirement on both fields.
    parser.setSplitOnWhitespace(true);
    try {
      return parser.parse(literalSlashes(text));
    } catch (ParseException | IllegalArgumentException e) {
      // The parser's own message names its lexical states and tokens: of no use to a reader.
      throw new InvalidInputException(
          "QUERY",
          "cannot read the query '"
              + text
              + "': a quote, parenthesis or bracket is not closed, or AND, OR, NOT has nothing"
              + " beside it. Quote phrases with \"...\"; use AND, OR, NOT, + and -, parentheses"
              + " and word*; put a \\ before any other of + - ! ( ) { } [ ] ^ \" ~ * ? : \\");
    } catch (BooleanQuery.TooManyClauses e) {
      throw new InvalidInputException(
          "QUERY", "the query '" + text + "' matches too many words; make its prefixes longer");
    }
  }

  /** Parses over one language's title and text fields. */
  private static final class LanguageParser extends MultiFieldQueryParser {
    private final Language language;

    LanguageParser(Language language, Analyzer analyzer) {
      super(
          new String[] {language.titleField(), language.textField()},
          analyzer,
          Map.of(language.titleField(), TITLE_BOOST, language.textField(), 1f));
      this.language = language;
    }

    @Override
    protected Query newFieldQuery(Analyzer analyzer, String field, String text, boolean quoted)
        throws ParseException {
      if (!quoted && language.wordPartsAreAlternatives()) {
        return createFieldQuery(analyzer, Occur.SHOULD, field, text, false, getPhraseSlop());
      }
      return super.newFieldQuery(analyzer, field, text, quoted);
    }
  }
}
