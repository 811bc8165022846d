package org.vigie.service.ach;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.vigie.core.ach.Matrix;
import org.vigie.service.json.MatrixJson;

/** The example ACH matrix shipped with Vigie, on the role of the North Korean troops. */
public final class ExampleMatrix {

  /** The file of examples/ach, copied into the jar at build time. */
  static final String RESOURCE = "examples/nk-troops-role.json";

  private ExampleMatrix() {}

  /** The example matrix, as examples/ach/nk-troops-role.json has it. */
  public static Matrix load() {
    try (InputStream in = ExampleMatrix.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the example matrix is missing from the jar: " + RESOURCE);
      }
      return MatrixJson.read(in.readAllBytes(), "nk-troops-role.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
