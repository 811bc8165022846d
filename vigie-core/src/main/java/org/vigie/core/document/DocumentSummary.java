package org.vigie.core.document;

import java.time.Instant;
import java.time.LocalDate;

/** A document without its text, for listings. Fields as in {@link Document}. */
public record DocumentSummary(
    String id,
    String sha256,
    String origin,
    String container,
    Instant ingestedAt,
    long size,
    String mediaType,
    String lang,
    String title,
    LocalDate published,
    String source,
    int chars,
    DocumentStatus status,
    String statusReason) {}
