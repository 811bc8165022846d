package org.vigie.search;

import java.util.List;

/**
 * How the index compares with the store, document by document: documents it misses, documents it
 * holds that the store no longer has, and documents whose claim filters (units, actors, whether it
 * has quantities) differ from what the store's claims say.
 *
 * @param stored documents in the store
 * @param indexed documents in the index before the check
 * @param missing stored documents the index does not hold
 * @param extra indexed documents the store does not hold
 * @param stale documents indexed with other claim facts than their stored claims give
 * @param examples a few ids of documents that differ, to look at
 * @param repaired whether the differences were mended (indexed again or removed)
 */
public record IndexCheck(
    long stored,
    long indexed,
    long missing,
    long extra,
    long stale,
    List<String> examples,
    boolean repaired) {

  /** How many ids of differing documents a check keeps as examples. */
  static final int EXAMPLES = 10;

  public IndexCheck {
    examples = List.copyOf(examples);
  }

  /** Whether the index was level with the store. */
  public boolean level() {
    return missing == 0 && extra == 0 && stale == 0;
  }
}
