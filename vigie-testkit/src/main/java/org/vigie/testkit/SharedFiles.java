package org.vigie.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The research files beside the project ({@code ../shared}: the seed analysis, NewsQuant, the
 * peers' number tests, the full estimates timeline). A clone has no such folder: tests that read it
 * skip and say so, and everything the product needs ships in the repository instead.
 */
public final class SharedFiles {

  private SharedFiles() {}

  /**
   * The file or folder at {@code relative} under {@code ../shared}, seen from a module folder
   * (where Maven runs a module's tests); skips the calling test when it is not there.
   */
  public static Path require(String relative) {
    Path root = Path.of("..", "..", "shared");
    Path path = root.resolve(relative);
    Assumptions.assumeTrue(
        Files.exists(path),
        () ->
            "needs "
                + path.normalize()
                + (Files.isDirectory(root)
                    ? ", which ../shared lacks"
                    : ": ../shared is not beside the project")
                + ": skipped");
    return path;
  }
}
