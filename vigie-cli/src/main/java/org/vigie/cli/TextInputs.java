package org.vigie.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The texts named on a command line: files, folders (every file inside, in order) and {@code -} for
 * stdin. Each is decoded as UTF-8 with only a leading byte-order mark removed, so that offsets
 * index the text as a reader of the file sees it. A path that cannot be read is reported and the
 * others are still read.
 */
public final class TextInputs {

  /** A text read, or the reason it could not be. */
  public record Input(String doc, String text, String warning, String failure) {}

  private final InputStream stdin;

  public TextInputs(InputStream stdin) {
    this.stdin = stdin;
  }

  /** How many inputs could not be read. */
  public record Tally(int failed) {}

  /**
   * Reads each named input in turn and hands its text to {@code sink}; an input that cannot be read
   * (or is not valid UTF-8) is named on {@code err} with the reason.
   */
  public Tally forEach(List<String> names, PrintWriter err, BiConsumer<String, String> sink) {
    int[] failed = {0};
    forEach(
        names,
        input -> {
          if (input.failure() != null) {
            err.println("vigie: " + input.doc() + ": " + input.failure());
            failed[0]++;
            return;
          }
          if (input.warning() != null) {
            err.println("vigie: " + input.doc() + ": " + input.warning());
          }
          sink.accept(input.doc(), input.text());
        });
    err.flush();
    return new Tally(failed[0]);
  }

  /** Reads each named input in turn and hands it to {@code sink}. */
  public void forEach(List<String> names, Consumer<Input> sink) {
    for (String name : names) {
      if (name.equals("-")) {
        sink.accept(read("-", () -> stdin.readAllBytes()));
        continue;
      }
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        filesIn(name, path, sink);
      } else {
        sink.accept(read(name, () -> Files.readAllBytes(path)));
      }
    }
  }

  private void filesIn(String name, Path dir, Consumer<Input> sink) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .forEach(files::add);
    } catch (IOException | RuntimeException e) {
      sink.accept(new Input(name, null, null, "cannot list the folder: " + e.getMessage()));
      return;
    }
    for (Path p : files) {
      sink.accept(read(p.toString(), () -> Files.readAllBytes(p)));
    }
  }

  private interface Bytes {
    byte[] read() throws IOException;
  }

  private static Input read(String doc, Bytes bytes) {
    byte[] raw;
    try {
      raw = bytes.read();
    } catch (NoSuchFileException e) {
      return new Input(doc, null, null, "no such file");
    } catch (IOException | OutOfMemoryError e) {
      return new Input(doc, null, null, "cannot read it: " + e);
    }
    String warning = null;
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(raw))
              .toString();
    } catch (CharacterCodingException e) {
      text = new String(raw, StandardCharsets.UTF_8);
      warning = "not valid UTF-8: the bytes that are not were read as U+FFFD";
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return new Input(doc, text, warning, null);
  }
}
