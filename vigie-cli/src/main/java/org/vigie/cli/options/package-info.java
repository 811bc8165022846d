/**
 * Options several commands share, as picocli mixins: one declaration, one help text, one meaning
 * for {@code --analyst}, {@code --port}, {@code --threads} and the filters of {@code search} and
 * {@code claims list}. {@code --json} stays with each command, as its help says what that command's
 * lines hold.
 */
package org.vigie.cli.options;
