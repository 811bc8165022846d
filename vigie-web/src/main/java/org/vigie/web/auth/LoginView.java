package org.vigie.web.auth;

import org.vigie.web.http.PageFrame;

/** The login form, with what was typed (the name only) and why it failed, if it did. */
public record LoginView(PageFrame frame, String next, String name, String error) {}
