/** Claims read from stored documents and kept in the store, once per extractor version. */
package org.vigie.ingest.claims;
