package org.vigie.core.series.revision;

/** Which way a source's revisions lean: the side one-sided p-values are computed for. */
public enum Direction {
  UP,
  DOWN,
  /** No non-zero revision, or as many up as down with a zero mean. */
  NONE
}
