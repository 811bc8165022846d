package org.vigie.text.attribution;

/**
 * Who a figure is attributed to, and through whom it came.
 *
 * @param speaker the canonical name of the person or organisation that stated it when the actor
 *     list knows them ("NIS", "Kim Yong-hyun"), else the phrase as written ("a US official" reads
 *     "US official"), or null when the text attributes it to no one
 * @param speakerId the actor-list id of the speaker, or null
 * @param relayedBy the outlet, agency or person it came through ("Yonhap" in "selon Yonhap, le NIS
 *     a déclaré"), or null
 * @param relayedById the actor-list id of the relay, or null
 */
public record Attribution(String speaker, String speakerId, String relayedBy, String relayedById) {

  /** Attributed to no one. */
  public static final Attribution NONE = new Attribution(null, null, null, null);

  static Attribution of(Source speaker, Source relay) {
    return new Attribution(
        speaker == null ? null : speaker.name(),
        speaker == null ? null : speaker.id(),
        relay == null ? null : relay.name(),
        relay == null ? null : relay.id());
  }
}
