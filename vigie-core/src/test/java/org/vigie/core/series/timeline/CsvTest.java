package org.vigie.core.series.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.error.InvalidInputException;

class CsvTest {

  @Test
  void reads_quoted_fields_with_commas_doubled_quotes_and_line_breaks() {
    List<CsvReader.Record> records =
        CsvReader.parse("a,b,c\r\n1,\"x, y\",\"she said \"\"no\"\"\"\n2,\"two\nlines\",\n");
    assertThat(records).hasSize(3);
    assertThat(records.get(1).fields()).containsExactly("1", "x, y", "she said \"no\"");
    assertThat(records.get(2).fields()).containsExactly("2", "two\nlines", "");
    assertThat(records.get(2).line()).isEqualTo(3);
  }

  @Test
  void counts_lines_across_a_multi_line_field() {
    List<CsvReader.Record> records = CsvReader.parse("h\n\"a\nb\nc\"\nlast\n");
    assertThat(records.get(2).fields()).containsExactly("last");
    assertThat(records.get(2).line()).isEqualTo(5);
  }

  @Test
  void keeps_empty_fields_and_a_last_record_without_a_line_break() {
    assertThat(CsvReader.parse(",,\nx").get(0).fields()).containsExactly("", "", "");
    assertThat(CsvReader.parse(",,\nx").get(1).fields()).containsExactly("x");
  }

  @Test
  void ignores_a_byte_order_mark_and_empty_lines() {
    List<CsvReader.Record> records = CsvReader.parse("\uFEFFdate,value\n\n2024-01-01,5\n\n");
    assertThat(records).hasSize(2);
    assertThat(records.get(0).fields()).containsExactly("date", "value");
  }

  @Test
  void an_empty_quoted_field_is_an_empty_string() {
    assertThat(CsvReader.parse("\"\",x").get(0).fields()).containsExactly("", "x");
  }

  @Test
  void an_unclosed_quote_names_the_line_it_opened_on() {
    assertThatThrownBy(() -> CsvReader.parse("h\nok\n\"never closed,\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("never closed");
  }

  @Test
  void text_after_a_closing_quote_is_an_error() {
    assertThatThrownBy(() -> CsvReader.parse("\"a\"b,c"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("after a closing quote");
  }
}
