package org.vigie.core.claim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Claim ids. An id is drawn from the document id, the kind and the span, so that reading a document
 * again (with a better extractor) keeps the ids of the claims that did not move, and an ACH row or
 * a series that cites one still finds it.
 */
public final class ClaimIds {

  /** Hex digits in an id. */
  public static final int LENGTH = 16;

  private ClaimIds() {}

  public static String of(String documentId, Claim claim) {
    String key = documentId + '/' + claim.kind().code() + '/' + claim.start() + '/' + claim.end();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, LENGTH / 2);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
