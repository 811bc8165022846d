package org.vigie.text.language;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Tells the language of a text from its writing system first, then from character n-grams.
 *
 * <p>Hangul is Korean. Cyrillic is Russian or Ukrainian, told apart by the letters only one of them
 * uses (і ї є ґ against ы э ъ ё), which is surer on short text than n-grams are. Latin text goes to
 * the Optimaize n-gram detector with all its 70 built-in profiles, so that a German or Spanish text
 * is named as such and not forced into French or English. Short or mixed text is {@code und}.
 *
 * <p>Thread-safe; build one and share it (loading the profiles takes about a second).
 */
public final class OptimaizeLanguageIdentifier implements LanguageIdentifier {

  /** Fewer letters than this and no language is named. */
  static final int MIN_LETTERS = 12;

  /** Only this many characters are looked at: enough to decide, cheap on a 6 MB text. */
  static final int SAMPLE_CHARS = 20_000;

  /** The n-gram detector must be at least this sure. */
  static final double MIN_PROBABILITY = 0.80;

  private final LanguageDetector detector;
  private final TextObjectFactory textFactory;

  public OptimaizeLanguageIdentifier() {
    try {
      List<LanguageProfile> profiles = new LanguageProfileReader().readAllBuiltIn();
      this.detector =
          LanguageDetectorBuilder.create(NgramExtractors.standard())
              .withProfiles(profiles)
              .shortTextAlgorithm(0)
              .build();
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to load the language profiles of Optimaize", e);
    }
    this.textFactory = CommonTextObjectFactories.forDetectingOnLargeText();
  }

  @Override
  public String identify(CharSequence text) {
    ScriptProfile profile = ScriptProfile.of(text, SAMPLE_CHARS);
    if (profile.letters() < MIN_LETTERS) {
      return UNDETERMINED;
    }
    if (profile.share(profile.hangul()) >= 0.3) {
      return "ko";
    }
    if (profile.share(profile.cyrillic()) >= 0.5) {
      return cyrillic(profile, text);
    }
    return ngrams(text);
  }

  private String cyrillic(ScriptProfile profile, CharSequence text) {
    if (profile.ukrainianOnly() > profile.russianOnly()) {
      return "uk";
    }
    if (profile.russianOnly() > profile.ukrainianOnly()) {
      return "ru";
    }
    String guess = ngrams(text);
    return guess.equals("ru") || guess.equals("uk") ? guess : UNDETERMINED;
  }

  private String ngrams(CharSequence text) {
    CharSequence sample = text.length() > SAMPLE_CHARS ? text.subSequence(0, SAMPLE_CHARS) : text;
    List<DetectedLanguage> found = detector.getProbabilities(textFactory.forText(sample));
    if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) {
      return UNDETERMINED;
    }
    return found.get(0).getLocale().getLanguage();
  }
}
