package org.vigie.cli.options;

import java.time.LocalDate;
import org.vigie.cli.DateBound;
import picocli.CommandLine.Option;

/**
 * The filters {@code search} and {@code claims list} share. Dates bound a claim's own date in
 * {@code claims list} and a document's publication date in {@code search}.
 */
public final class FilterOptions {

  @Option(
      names = "--lang",
      paramLabel = "TAG",
      description = "Only documents in this language: fr, en, ru, uk, ko.")
  String lang;

  @Option(
      names = "--unit",
      paramLabel = "LEMMA",
      description = "Only quantities in this unit: soldier, dollar, … (see 'vigie extract').")
  String unit;

  @Option(
      names = "--actor",
      paramLabel = "ID",
      description = "Only claims about this actor: a country code (PRK, RUS) or an entity id.")
  String actor;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = DateBound.Start.class,
      description =
          "Claims dated, or documents published, on or after DATE (YYYY-MM-DD, YYYY-MM or"
              + " YYYY).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      converter = DateBound.End.class,
      description =
          "Claims dated, or documents published, on or before DATE (a month or year: all of it).")
  LocalDate to;

  public String lang() {
    return lang;
  }

  public String unit() {
    return unit;
  }

  public String actor() {
    return actor;
  }

  public LocalDate from() {
    return from;
  }

  public LocalDate to() {
    return to;
  }
}
