package org.vigie.service.documents;

import java.io.InputStream;

/**
 * The original bytes of a document, ready to be sent as a download.
 *
 * @param fileName a safe file name for Content-Disposition (ASCII letters, digits, '.', '_', '-')
 * @param mediaType the media type as stored, when it is a well-formed type/subtype; else
 *     application/octet-stream
 * @param size length in bytes
 * @param content the bytes; the caller closes the stream
 */
public record Original(String fileName, String mediaType, long size, InputStream content) {}
