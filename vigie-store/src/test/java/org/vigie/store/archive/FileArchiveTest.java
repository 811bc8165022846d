package org.vigie.store.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.document.Sha256;

class FileArchiveTest {

  @TempDir Path root;

  @Test
  void files_an_original_under_its_sha256_fanned_out_by_its_first_bytes() throws Exception {
    byte[] bytes = "Plus de 10 000 soldats".getBytes(StandardCharsets.UTF_8);
    String sha = Sha256.hex(bytes);
    FileArchive archive = new FileArchive(root);
    archive.put(sha, bytes);
    Path file = root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    assertThat(file).hasBinaryContent(bytes);
    assertThat(archive.pathOf(sha)).isEqualTo(file);
  }

  @Test
  void leaves_no_temporary_file_behind() throws Exception {
    FileArchive archive = new FileArchive(root);
    for (int i = 0; i < 20; i++) {
      byte[] bytes = ("doc " + i).getBytes(StandardCharsets.UTF_8);
      archive.put(Sha256.hex(bytes), bytes);
    }
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .hasSize(20)
          .noneMatch(name -> name.endsWith(".part"));
    }
  }

  @Test
  void refuses_a_name_that_is_not_a_sha256() {
    FileArchive archive = new FileArchive(root);
    assertThatThrownBy(() -> archive.put("../../etc/passwd", new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
