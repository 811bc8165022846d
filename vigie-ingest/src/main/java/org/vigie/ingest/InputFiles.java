package org.vigie.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.core.error.InvalidInputException;

/**
 * The files named by the user's paths: files as given, folders walked recursively in name order.
 * Entries that cannot be listed (a folder without permission) are reported, not fatal.
 */
record InputFiles(List<Path> files, Map<Path, String> unlistable) {

  static InputFiles expand(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    Map<Path, String> unlistable = new TreeMap<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        walk(input, files, unlistable);
      } else if (Files.isRegularFile(input)) {
        files.add(input);
      } else if (Files.exists(input)) {
        throw new InvalidInputException("PATH", input + " is neither a file nor a folder");
      } else {
        throw new InvalidInputException("PATH", "no such file or folder: " + input);
      }
    }
    return new InputFiles(files, unlistable);
  }

  private static void walk(Path folder, List<Path> files, Map<Path, String> unlistable) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(folder) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && !isHidden(file)) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              unlistable.put(file, "could not be listed or opened (" + e.getMessage() + ")");
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to list the files under " + folder, e);
    }
    found.sort(null);
    files.addAll(found);
  }

  /** Files and folders whose name starts with a dot (.git, .DS_Store) are skipped. */
  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
