package org.vigie.web.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void quotes_fields_with_commas_quotes_or_line_breaks_and_doubles_quotes() {
    assertThat(CsvWriter.row(List.of("a", "b,c", "say \"hi\"", "two\nlines", "cr\rhere")))
        .isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n");
  }

  @Test
  void leaves_absent_cells_empty_and_writes_numbers_as_they_are() {
    assertThat(CsvWriter.row(Arrays.asList("x", null, 3000.0, -5, true)))
        .isEqualTo("x,,3000.0,-5,true\r\n");
  }

  @Test
  void prefixes_texts_a_spreadsheet_would_run_as_formulas() {
    for (String evil : List.of("=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\r=x")) {
      assertThat(CsvWriter.guard(evil)).as(evil).isEqualTo("'" + evil);
    }
    assertThat(CsvWriter.guard("1,500 soldiers")).isEqualTo("1,500 soldiers");
    assertThat(CsvWriter.guard("")).isEmpty();
    assertThat(CsvWriter.row(List.of("=HYPERLINK(\"http://x\",\"y\")")))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n");
  }
}
