package org.vigie.store.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.vigie.core.store.Archive;

/**
 * Originals as files named by their SHA-256 under a folder, fanned out by the first two bytes
 * ({@code ab/cd/abcd…}) so that no folder grows too large.
 *
 * <p>A write goes to a temporary file in the target folder, then is renamed into place atomically:
 * a kill leaves either the whole original or a stray {@code .part} file, never a partial original
 * under its final name.
 */
public final class FileArchive implements Archive {

  private final Path root;

  public FileArchive(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  @Override
  public void put(String sha256, byte[] bytes) {
    Path target = pathOf(sha256);
    if (Files.exists(target)) {
      return;
    }
    try {
      Files.createDirectories(target.getParent());
      Path part = Files.createTempFile(target.getParent(), sha256.substring(0, 8), ".part");
      try {
        Files.write(part, bytes);
        Files.move(
            part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(part);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Unable to archive the original " + sha256 + " under " + root, e);
    }
  }

  @Override
  public boolean contains(String sha256) {
    return Files.isRegularFile(pathOf(sha256));
  }

  @Override
  public Optional<InputStream> open(String sha256) {
    Path path = pathOf(sha256);
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.newInputStream(path));
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to open the archived original " + path, e);
    }
  }

  /** Where the original with this SHA-256 is (or would be) kept. */
  public Path pathOf(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }
}
