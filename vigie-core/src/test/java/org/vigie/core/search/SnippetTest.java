package org.vigie.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {

  @Test
  void wraps_each_mark_in_the_given_strings() {
    Snippet s =
        new Snippet(
            "Les soldats nord-coréens", List.of(new Snippet.Mark(4, 11), new Snippet.Mark(12, 24)));
    assertThat(s.marked("**", "**")).isEqualTo("Les **soldats** **nord-coréens**");
    assertThat(Snippet.plain("rien").marked("[", "]")).isEqualTo("rien");
  }

  @Test
  void refuses_marks_that_overlap_run_backwards_or_leave_the_text() {
    assertThatThrownBy(
            () -> new Snippet("abcdef", List.of(new Snippet.Mark(0, 3), new Snippet.Mark(2, 4))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Snippet("abc", List.of(new Snippet.Mark(1, 4))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Snippet.Mark(3, 3)).isInstanceOf(IllegalArgumentException.class);
  }
}
