package org.vigie.core.series.timeline;

import java.util.ArrayList;
import java.util.List;
import org.vigie.core.error.InvalidInputException;

/**
 * An RFC 4180 CSV reader over text already in memory: fields separated by commas, records by CRLF,
 * LF or CR; a field in double quotes may hold commas, line breaks and doubled quotes ({@code ""}).
 * A leading byte-order mark is ignored, and so are empty lines. Malformed quoting is an {@link
 * InvalidInputException} naming the line.
 */
public final class CsvReader {

  /** One record and the line it starts on (1-based), for messages. */
  public record Record(int line, List<String> fields) {
    public Record {
      fields = List.copyOf(fields);
    }
  }

  private CsvReader() {}

  public static List<Record> parse(String text) {
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    int i = 0;
    boolean fieldStarted = false;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"' && field.length() == 0 && !fieldStarted) {
        int start = line;
        i++;
        while (true) {
          if (i >= s.length()) {
            throw new InvalidInputException(
                "file", "CSV line " + start + ": a quoted field is never closed");
          }
          char q = s.charAt(i);
          if (q == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
          } else if (q == '"') {
            i++;
            break;
          } else {
            line += q == '\n' || (q == '\r' && !nextIs(s, i, '\n')) ? 1 : 0;
            field.append(q);
            i++;
          }
        }
        if (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
          throw new InvalidInputException(
              "file",
              "CSV line " + line + ": unexpected '" + s.charAt(i) + "' after a closing quote");
        }
        fieldStarted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
        i++;
      } else if (c == '\n' || c == '\r') {
        i += c == '\r' && nextIs(s, i, '\n') ? 2 : 1;
        endRecord(records, fields, field, fieldStarted, recordLine);
        fieldStarted = false;
        line++;
        recordLine = line;
      } else {
        field.append(c);
        fieldStarted = true;
        i++;
      }
    }
    endRecord(records, fields, field, fieldStarted, recordLine);
    return List.copyOf(records);
  }

  private static boolean nextIs(String s, int i, char c) {
    return i + 1 < s.length() && s.charAt(i + 1) == c;
  }

  private static void endRecord(
      List<Record> records,
      List<String> fields,
      StringBuilder field,
      boolean fieldStarted,
      int line) {
    boolean emptyLine = fields.isEmpty() && field.length() == 0 && !fieldStarted;
    if (!emptyLine) {
      fields.add(field.toString());
      records.add(new Record(line, fields));
    }
    fields.clear();
    field.setLength(0);
  }
}
