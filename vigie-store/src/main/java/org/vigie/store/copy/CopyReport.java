package org.vigie.store.copy;

/**
 * What a copy did.
 *
 * @param documents documents added to the target
 * @param documentsAlready documents the target had already (same SHA-256), left as they were
 * @param failures ingest failures recorded in the target
 * @param failuresAlready failures the target had already recorded for the same path
 * @param originals originals written to the target's archive
 * @param originalsAlready originals the target's archive had already (a shared folder, a re-run)
 * @param originalsMissing documents whose original is in neither archive (it was deleted by hand)
 */
public record CopyReport(
    long documents,
    long documentsAlready,
    long failures,
    long failuresAlready,
    long originals,
    long originalsAlready,
    long originalsMissing) {}
