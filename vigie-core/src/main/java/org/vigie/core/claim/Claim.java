package org.vigie.core.claim;

/**
 * What a text says, at a place in it: a quantity with its context, a named entity, or a date.
 * Offsets are UTF-16 units of the document text.
 */
public sealed interface Claim permits QuantityClaim, EntityClaim, DateClaim {

  int start();

  int end();

  /** The text between {@link #start()} and {@link #end()}. */
  String text();

  ClaimKind kind();
}
