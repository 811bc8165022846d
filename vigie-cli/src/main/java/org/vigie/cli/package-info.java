/**
 * The {@code vigie} command. {@link org.vigie.cli.Main} starts it; {@link org.vigie.cli.Cli} builds
 * the picocli command line and maps the error taxonomy to exit codes; {@link
 * org.vigie.cli.VigieCommand} holds the global options and opens the store. Each command family has
 * its package ({@code documents}, {@code store}, {@code extract}, {@code claims}, {@code series},
 * {@code ach}, {@code indicators}, {@code users}, {@code serve}), and this package keeps only what
 * several families share: claim rendering, JSON lines, table cells, the progress bar, the text
 * inputs and the date bounds. Shared options are mixins in {@code options}.
 */
package org.vigie.cli;
