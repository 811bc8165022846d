package org.vigie.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.core.claim.Claim;
import org.vigie.core.claim.Modifier;
import org.vigie.core.claim.Quantity;
import org.vigie.core.claim.QuantityClaim;
import org.vigie.core.document.Document;
import org.vigie.core.document.DocumentStatus;
import org.vigie.core.document.Sha256;
import org.vigie.core.error.AlreadyExistsException;
import org.vigie.core.error.NotFoundException;
import org.vigie.core.series.store.Decision;
import org.vigie.core.series.store.Member;
import org.vigie.core.series.store.SeriesDefinition;
import org.vigie.core.series.store.SeriesMembers;
import org.vigie.core.series.store.StoredSeries;
import org.vigie.core.store.Store;

/** What every store must do with series: keep definitions and decisions, and find members. */
public abstract class SeriesStoreContract {

  private static final Instant T0 = Instant.parse("2024-11-01T10:00:00Z");

  protected Store store;

  protected abstract Store openEmpty() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openEmpty();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void keeps_a_definition_and_refuses_a_second_with_the_same_name() {
    SeriesDefinition d = troops(List.of("Kursk", "Koursk"));
    store.series().add(d);
    assertThat(store.series().get("nk-troops")).contains(new StoredSeries(d, List.of()));
    assertThat(store.series().list()).containsExactly(d);
    assertThatThrownBy(() -> store.series().add(d)).isInstanceOf(AlreadyExistsException.class);
  }

  @Test
  void a_later_decision_on_a_claim_replaces_the_earlier_and_delete_removes_them_all() {
    store.series().add(troops(List.of()));
    store.series().decide("nk-troops", new Decision("c1", true, "ana", T0));
    store.series().decide("nk-troops", new Decision("c2", true, "ana", T0.plusSeconds(1)));
    store.series().decide("nk-troops", new Decision("c1", false, "bo", T0.plusSeconds(2)));
    assertThat(store.series().get("nk-troops").orElseThrow().decisions())
        .containsExactly(
            new Decision("c2", true, "ana", T0.plusSeconds(1)),
            new Decision("c1", false, "bo", T0.plusSeconds(2)));
    assertThat(store.series().delete("nk-troops")).isTrue();
    assertThat(store.series().delete("nk-troops")).isFalse();
    assertThat(store.series().get("nk-troops")).isEmpty();
    assertThatThrownBy(
            () -> store.series().decide("nk-troops", new Decision("c1", true, "ana", T0)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void members_follow_the_rule_less_exclusions_plus_joins_and_survive_a_second_reading() {
    Document kursk = add("Some 11,000 North Korean soldiers are in Kursk.", "2024-11-04");
    Document other = add("12,000 soldiers were seen near Kyiv.", "2024-11-05");
    store.claims().replace(kursk.id(), "v1", List.of(soldiers(5, 11_000, "PRK", "NIS")));
    store.claims().replace(other.id(), "v1", List.of(soldiers(0, 12_000, "PRK", "Pentagon")));
    store.series().add(troops(List.of("kursk")));
    StoredSeries series = store.series().get("nk-troops").orElseThrow();
    assertThat(SeriesMembers.of(store, series))
        .extracting(m -> m.quantity().speaker(), Member::how)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("NIS", Member.How.RULE));

    String nis = store.claims().ofDocument(kursk.id()).get(0).id();
    String pentagon = store.claims().ofDocument(other.id()).get(0).id();
    store.series().decide("nk-troops", new Decision(nis, false, "ana", T0));
    store.series().decide("nk-troops", new Decision(pentagon, true, "ana", T0));
    store.claims().replace(kursk.id(), "v2", List.of(soldiers(5, 11_000, "PRK", "NIS")));
    List<Member> members = SeriesMembers.of(store, store.series().get("nk-troops").orElseThrow());
    assertThat(members)
        .extracting(m -> m.claim().id(), Member::how, Member::pooled)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(nis, Member.How.EXCLUDED, false),
            org.assertj.core.groups.Tuple.tuple(pentagon, Member.How.JOINED, true));
    assertThat(SeriesMembers.observations(members))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.source()).isEqualTo("Pentagon");
              assertThat(o.asOf()).isEqualTo(LocalDate.of(2024, 11, 5));
              assertThat(o.figure()).isEqualTo(12_000);
            });
  }

  private static SeriesDefinition troops(List<String> keywords) {
    return new SeriesDefinition(
        "nk-troops", "soldier", "PRK", keywords, "North Korean troops", "ana", T0);
  }

  private static Claim soldiers(int start, double n, String actor, String speaker) {
    String text = String.format(java.util.Locale.ROOT, "%,.0f", n);
    Quantity q =
        new Quantity(
            start,
            start + text.length(),
            text,
            n,
            n,
            n,
            Modifier.EXACT,
            "soldier",
            "soldiers",
            actor,
            null);
    return new QuantityClaim(q, speaker, null, List.of(), null, null);
  }

  private Document add(String text, String published) {
    String sha = Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
    Document d =
        new Document(
            Document.idOf(sha),
            sha,
            "t/" + sha.substring(0, 6) + ".txt",
            null,
            Instant.now(),
            text.length(),
            "text/plain",
            "en",
            null,
            LocalDate.parse(published),
            null,
            text,
            DocumentStatus.OK,
            null);
    store.documents().add(d);
    return d;
  }
}
