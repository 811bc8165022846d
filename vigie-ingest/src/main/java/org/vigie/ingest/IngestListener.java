package org.vigie.ingest;

import org.vigie.core.document.IngestFailure;

/** Hears how an ingest run goes, to draw a progress bar or print failures as they happen. */
public interface IngestListener {

  IngestListener NONE = new IngestListener() {};

  /** Before the first file: how many files and bytes there are to read. */
  default void started(int files, long bytes) {}

  /** After each file is stored, folded or failed. */
  default void progressed(int filesDone, long bytesDone) {}

  /** An input yielded no document. */
  default void failed(IngestFailure failure) {}

  /** A document was added to the store (after its original was archived). */
  default void stored(org.vigie.core.document.Document document) {}

  /** A document was stored with only part of its text. */
  default void truncated(String origin, String reason) {}
}
