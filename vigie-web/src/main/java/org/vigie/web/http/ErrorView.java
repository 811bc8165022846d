package org.vigie.web.http;

/** An error page: what went wrong, in words, and where to go from there. */
public record ErrorView(PageFrame frame, int status, String title, String message) {}
