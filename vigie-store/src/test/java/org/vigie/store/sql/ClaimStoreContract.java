package org.vigie.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.core.claim.Claim;
import org.vigie.core.claim.ClaimIds;
import org.vigie.core.claim.ClaimKind;
import org.vigie.core.claim.ClaimPage;
import org.vigie.core.claim.ClaimQuery;
import org.vigie.core.claim.DateClaim;
import org.vigie.core.claim.EntityClaim;
import org.vigie.core.claim.Modifier;
import org.vigie.core.claim.Quantity;
import org.vigie.core.claim.QuantityClaim;
import org.vigie.core.claim.StoredClaim;
import org.vigie.core.document.Document;
import org.vigie.core.document.DocumentStatus;
import org.vigie.core.document.Sha256;
import org.vigie.core.store.Store;

/** What every store must do with claims: replace, find, filter, page, and read once per version. */
public abstract class ClaimStoreContract {

  private static final String TEXT =
      "Selon le NIS, 3 000 soldats nord-coréens auraient été envoyés en Russie le 23 octobre 2024.";

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
  void keeps_the_claims_of_a_document_with_every_field_and_finds_them_by_id() {
    Document d = add(TEXT, "fr", LocalDate.of(2024, 10, 24));
    store.claims().replace(d.id(), "v1", claims());
    List<StoredClaim> read = store.claims().ofDocument(d.id());
    assertThat(read).extracting(StoredClaim::claim).containsExactlyElementsOf(claims());
    StoredClaim q = read.get(1);
    assertThat(q.id()).isEqualTo(ClaimIds.of(d.id(), claims().get(1)));
    assertThat(q.lang()).isEqualTo("fr");
    assertThat(q.published()).isEqualTo("2024-10-24");
    assertThat(store.claims().get(q.id())).contains(q);
    assertThat(store.claims().countByKind())
        .containsEntry("quantity", 1L)
        .containsEntry("entity", 1L);
    assertThat(store.claims().countByUnit()).containsExactly(java.util.Map.entry("soldier", 1L));
  }

  @Test
  void replacing_keeps_one_copy_and_ids_of_unmoved_claims_and_marks_the_version_read() {
    Document d = add(TEXT, "fr", null);
    Document other = add("nothing here", "en", null);
    assertThat(store.claims().unread("v1", 10)).containsExactly(d.id(), other.id());
    store.claims().replace(d.id(), "v1", claims());
    String id = store.claims().ofDocument(d.id()).get(1).id();
    store.claims().replace(d.id(), "v1", claims());
    assertThat(store.claims().ofDocument(d.id())).hasSize(3);
    assertThat(store.claims().ofDocument(d.id()).get(1).id()).isEqualTo(id);
    assertThat(store.claims().unread("v1", 10)).containsExactly(other.id());
    assertThat(store.claims().countUnread("v2")).isEqualTo(2);
    assertThat(store.claims().countByKind()).containsEntry("quantity", 1L);
    store.claims().replace(d.id(), "v1", claims().subList(0, 1));
    assertThat(store.claims().countByKind())
        .as("counts follow a replacement")
        .containsOnlyKeys("entity");
  }

  /** "Up to 12,000 troops", at the start of a text, as {@code speaker} said it on 2 December. */
  private static QuantityClaim upToTwelveThousandTroops(String speaker) {
    Quantity twelve =
        new Quantity(
            0,
            19,
            "Up to 12,000 troops",
            12000.0,
            null,
            12000.0,
            Modifier.LE,
            "soldier",
            "troops",
            null,
            null);
    return new QuantityClaim(twelve, speaker, null, List.of(), null, "2024-12-02");
  }

  @Test
  void a_percent_sign_or_underscore_in_the_speaker_filter_matches_only_itself() {
    Document en = add("Up to 12,000 troops, UK_MoD said.", "en", LocalDate.of(2024, 12, 2));
    store.claims().replace(en.id(), "v1", List.of(upToTwelveThousandTroops("UK_MoD")));
    assertThat(find(new ClaimQuery(null, null, null, "k_m", null, null, null, null, 0, 10)))
        .containsExactly(en.id());
    assertThat(find(new ClaimQuery(null, null, null, "ukxmod", null, null, null, null, 0, 10)))
        .isEmpty();
    assertThat(find(new ClaimQuery(null, null, null, "uk%d", null, null, null, null, 0, 10)))
        .isEmpty();
    assertThat(find(new ClaimQuery(null, null, null, "u\\k", null, null, null, null, 0, 10)))
        .isEmpty();
  }

  @Test
  void filters_by_kind_unit_actor_speaker_language_and_date_and_pages() {
    Document fr = add(TEXT, "fr", LocalDate.of(2024, 10, 24));
    Document en = add("Up to 12,000 troops, the Pentagon said.", "en", LocalDate.of(2024, 12, 2));
    store.claims().replace(fr.id(), "v1", claims());
    store.claims().replace(en.id(), "v1", List.of(upToTwelveThousandTroops("Pentagon")));

    ClaimQuery soldiers = ClaimQuery.quantities(10);
    ClaimPage all = store.claims().find(soldiers);
    assertThat(all.total()).isEqualTo(2);
    assertThat(all.claims().get(0).documentId()).as("newest first").isEqualTo(en.id());
    assertThat(find(new ClaimQuery(null, "soldier", "PRK", null, null, null, null, null, 0, 10)))
        .containsExactly(fr.id());
    assertThat(find(new ClaimQuery(null, null, null, "penta", null, null, null, null, 0, 10)))
        .containsExactly(en.id());
    assertThat(
            find(
                new ClaimQuery(
                    ClaimKind.QUANTITY, null, null, null, "fr", null, null, null, 0, 10)))
        .containsExactly(fr.id());
    assertThat(
            find(
                new ClaimQuery(
                    ClaimKind.QUANTITY,
                    null,
                    null,
                    null,
                    null,
                    null,
                    LocalDate.of(2024, 11, 1),
                    LocalDate.of(2024, 12, 2),
                    0,
                    10)))
        .containsExactly(en.id());
    ClaimPage second = store.claims().find(soldiers.withPage(1, 1));
    assertThat(second.total()).isEqualTo(2);
    assertThat(second.claims()).extracting(StoredClaim::documentId).containsExactly(fr.id());
    List<String> everyOne = new ArrayList<>();
    store.claims().forEach(ClaimQuery.all(1), c -> everyOne.add(c.id()));
    assertThat(everyOne).hasSize(4);
  }

  @Test
  void counts_matches_only_up_to_a_bound_past_the_page_and_says_so() {
    StringBuilder text = new StringBuilder();
    List<Claim> many = new ArrayList<>();
    for (int i = 0; i <= ClaimPage.COUNT_LIMIT; i++) {
      int start = text.length();
      text.append("2024 ");
      many.add(new DateClaim(start, start + 4, "2024", "2024", "year", false));
    }
    Document d = add(text.toString(), "en", null);
    store.claims().replace(d.id(), "v1", many);
    ClaimPage first = store.claims().find(ClaimQuery.all(10));
    assertThat(first.exact()).isFalse();
    assertThat(first.total()).isEqualTo(ClaimPage.COUNT_LIMIT);
    assertThat(first.claims()).hasSize(10);
    ClaimPage last =
        store.claims().find(ClaimQuery.all(10).withPage(ClaimPage.COUNT_LIMIT - 5, 10));
    assertThat(last.claims()).hasSize(6);
    assertThat(last.exact()).isTrue();
    assertThat(last.total()).isEqualTo(ClaimPage.COUNT_LIMIT + 1);
    ClaimPage few = store.claims().find(ClaimQuery.quantities(10));
    assertThat(few.exact()).isTrue();
    assertThat(few.total()).isZero();
  }

  @Test
  void deleting_a_document_deletes_its_claims_and_replacing_a_gone_one_does_nothing() {
    Document d = add(TEXT, "fr", null);
    store.claims().replace(d.id(), "v1", claims());
    store.documents().delete(d.id());
    assertThat(store.claims().ofDocument(d.id())).isEmpty();
    store.claims().replace(d.id(), "v1", claims());
    assertThat(store.claims().find(ClaimQuery.all(10)).total()).isZero();
  }

  @Test
  void several_writers_at_once_lose_nothing() throws Exception {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      docs.add(add(TEXT + " #" + i, "fr", null));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "claim-writer"));
    try {
      List<Future<?>> work = new ArrayList<>();
      for (Document d : docs) {
        work.add(pool.submit(() -> store.claims().replace(d.id(), "v1", claims())));
        work.add(pool.submit(() -> store.claims().replace(d.id(), "v1", claims())));
      }
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(store.claims().find(ClaimQuery.all(0)).total()).isEqualTo(40L * claims().size());
    assertThat(store.claims().countUnread("v1")).isZero();
  }

  private List<String> find(ClaimQuery q) {
    return store.claims().find(q).claims().stream().map(StoredClaim::documentId).toList();
  }

  private static List<Claim> claims() {
    Quantity q =
        new Quantity(
            14,
            40,
            "3 000 soldats nord-coréens",
            3000.0,
            3000.0,
            3000.0,
            Modifier.EXACT,
            "soldier",
            "soldats nord-coréens",
            "PRK",
            null);
    return List.of(
        new EntityClaim(9, 12, "NIS", "kor-nis", "organisation"),
        new QuantityClaim(q, "NIS", "Yonhap", List.of("Selon", "auraient"), 0.4, "2024-10-23"),
        new DateClaim(75, 90, "23 octobre 2024", "2024-10-23", "day", false));
  }

  private Document add(String text, String lang, LocalDate published) {
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
            lang,
            null,
            published,
            null,
            text,
            DocumentStatus.OK,
            null);
    store.documents().add(d);
    return d;
  }
}
