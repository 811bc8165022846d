package org.vigie.text.quantity;

import java.util.Locale;
import org.vigie.text.scan.Lexicon.Row;
import org.vigie.text.scan.QuantityPhrases;

/** The words that make two numbers a range or a share ("entre ... et", "from ... to", "1 из 3"). */
final class RangeWords {

  /** What a word does in a range: "entre" opens one that "et" closes, "à" joins two numbers. */
  enum Role {
    /** "entre", "between", "между": closed by an AND. */
    BETWEEN,
    /** "from", "de", "от", "від": may be closed by an UNTIL. */
    FROM,
    /** "to", "à", "-", "~", "에서": joins two numbers. */
    TO,
    /** "до", "au": joins two numbers only after a FROM. */
    UNTIL,
    /** "and", "et", "и": joins two numbers only after a BETWEEN. */
    AND,
    /** "one in three", "un sur trois", "1 из 3": a share. */
    OUT_OF,
    /** "by" ("rose by 5% to 10%"): the two numbers are not a range. */
    NONE
  }

  final QuantityPhrases<Role> roles = new QuantityPhrases<>();

  /** Adds a form of a lexicon section of these words; false for a section of another class. */
  boolean add(String section, String form, Row row) {
    if (!section.equals("range")) {
      return false;
    }
    roles.put(form, Role.valueOf(row.column(1).toUpperCase(Locale.ROOT)));
    return true;
  }

  void freeze() {
    roles.freeze();
  }
}
