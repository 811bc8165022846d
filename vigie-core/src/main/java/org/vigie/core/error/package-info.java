/**
 * The one error taxonomy of Vigie, shared by the CLI, the web and batch jobs.
 *
 * <ol>
 *   <li>A broken contract between parts of the code is a programmer error: {@link
 *       java.lang.IllegalArgumentException}, {@link java.lang.IllegalStateException}, {@link
 *       java.lang.NullPointerException}. Never caught in business code.
 *   <li>Bad user input: {@link org.vigie.core.error.InvalidInputException} (exit 2, HTTP 400).
 *   <li>Missing or conflicting state: {@link org.vigie.core.error.NotFoundException} (exit 3, HTTP
 *       404) and {@link org.vigie.core.error.AlreadyExistsException} (exit 4, HTTP 409).
 *   <li>Environment and I/O failures: {@link org.vigie.core.error.UnavailableException} for a
 *       resource that is down or refuses, such as a database server (exit 5, HTTP 503); {@link
 *       java.io.UncheckedIOException} or a checked {@link java.io.IOException}, with context, for
 *       the rest.
 *   <li>A document that cannot be read is not an exception at batch level but a failure recorded in
 *       the ingest report, so one broken file never stops a batch.
 * </ol>
 */
package org.vigie.core.error;
