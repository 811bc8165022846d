package org.vigie.text.certainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigie.core.judgement.IcdLikelihood;
import org.vigie.text.lang.LanguagePacks;
import org.vigie.text.lang.ReportativeForm;
import org.vigie.text.scan.FoldedText;
import org.vigie.text.scan.Lexicon;
import org.vigie.text.scan.Lexicon.Row;
import org.vigie.text.scan.PhraseIndex;

/**
 * Finds certainty cues in a stretch of text with the cue lexicons of every language pack (each
 * pack's cues.tsv), plus the cues its language pack reads from the grammar (the French
 * conditional). Thread-safe.
 */
public final class CueFinder {

  private record Kind(CueClass cueClass, IcdLikelihood likelihood) {}

  private final PhraseIndex<Kind> lexicon = new PhraseIndex<>();

  private CueFinder(List<Lexicon> files) {
    for (Lexicon file : files) {
      for (Row row : file.rows("cue")) {
        CueClass k = CueClass.of(row.column(0));
        IcdLikelihood l = k == CueClass.ESTIMATIVE ? likelihood(row) : null;
        for (String form : row.forms(1)) {
          lexicon.add(form, new Kind(k, l));
        }
      }
    }
  }

  private static IcdLikelihood likelihood(Row row) {
    for (IcdLikelihood l : IcdLikelihood.values()) {
      if (l.word().equals(row.column(2))) {
        return l;
      }
    }
    throw new IllegalArgumentException(
        row.where() + ": '" + row.column(2) + "' is not an ICD 203 term (\"likely\", ...)");
  }

  private static final class Holder {
    static final CueFinder BUILT_IN =
        new CueFinder(
            LanguagePacks.ALL.stream()
                .map(pack -> Lexicon.resource(CueFinder.class, pack.resource(CUES)))
                .toList());
  }

  /** The cue lexicon every language pack holds. */
  private static final String CUES = "cues.tsv";

  /** The finder over the lexicon shipped with Vigie. */
  public static CueFinder builtIn() {
    return Holder.BUILT_IN;
  }

  /** The cues of {@code [from, to)} in text order. */
  public List<Cue> find(FoldedText t, int from, int to, String lang) {
    List<Cue> out = new ArrayList<>();
    for (PhraseIndex.Match<Kind> m : lexicon.scan(t, from, to)) {
      Kind k = m.value();
      out.add(
          new Cue(
              m.start(), m.end(), t.text.substring(m.start(), m.end()), k.cueClass, k.likelihood));
    }
    List<ReportativeForm> grammatical = LanguagePacks.of(lang).reportativeForms(t, from, to);
    if (!grammatical.isEmpty()) {
      for (ReportativeForm g : grammatical) {
        if (out.stream().noneMatch(o -> o.start() < g.end() && g.start() < o.end())) {
          out.add(
              new Cue(
                  g.start(),
                  g.end(),
                  t.text.substring(g.start(), g.end()),
                  CueClass.REPORTATIVE,
                  null));
        }
      }
      out.sort(Comparator.comparingInt(Cue::start));
    }
    return out;
  }

  /** The cues of a whole text, and the certainty they give. */
  public Certainty read(String text, String lang) {
    FoldedText t = FoldedText.of(text);
    return Certainty.of(find(t, 0, t.length, lang));
  }
}
