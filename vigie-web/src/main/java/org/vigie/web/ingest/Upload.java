package org.vigie.web.ingest;

import java.io.InputStream;

/**
 * A file sent from the browser or a script.
 *
 * @param name the file name the client gave (untrusted: it is cleaned before use)
 * @param content its bytes; read once
 */
public record Upload(String name, InputStream content) {}
