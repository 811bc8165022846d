package org.vigie.ingest.format;

import java.util.List;

/**
 * What one input file yielded: documents, and the parts of it that could not be read (a bad line of
 * a JSON-lines file). A plain file yields one reading and no problems.
 */
public record Readings(List<ParsedFile> readings, List<Problem> problems) {

  public Readings {
    readings = List.copyOf(readings);
    problems = List.copyOf(problems);
  }

  static Readings of(ParsedFile reading) {
    return new Readings(List.of(reading), List.of());
  }

  /**
   * A part of a file that could not be read.
   *
   * @param where the part, e.g. {@code ":12"} for line 12, appended to the file path
   * @param reason what was wrong
   */
  public record Problem(String where, String reason) {}
}
