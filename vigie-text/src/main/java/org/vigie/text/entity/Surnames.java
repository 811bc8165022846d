package org.vigie.text.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.vigie.text.scan.FoldedText;

/**
 * Within one document, a person named in full ("Sabrina Singh", "Пэт Райдер") may then be named by
 * surname alone ("Singh said", "Райдера"): those mentions resolve to the same person. A surname
 * resolves only when it is capitalised and not already part of another name.
 */
final class Surnames {

  private Surnames() {}

  static List<Entity> add(FoldedText t, List<Entity> resolved, ActorList list) {
    Map<String, Actor> surnames = EntityFinder.surnamesOf(t, resolved, list);
    if (surnames.isEmpty()) {
      return resolved;
    }
    long initials = 0;
    for (String s : surnames.keySet()) {
      initials |= 1L << (s.charAt(0) & 63);
    }
    List<Entity> out = new ArrayList<>(resolved);
    int next = 0;
    int i = 0;
    while (i < t.length) {
      if (!t.alnum(i)) {
        i++;
        continue;
      }
      int end = t.wordEnd(i);
      while (next < resolved.size() && resolved.get(next).end() <= i) {
        next++;
      }
      boolean inside = next < resolved.size() && resolved.get(next).start() <= i;
      if (!inside && (initials >>> (t.f[i] & 63) & 1) != 0 && t.upper(i)) {
        Actor a = match(t, i, end, surnames);
        if (a != null) {
          out.add(Entity.resolved(t.text, i, end, a));
        }
      }
      i = end;
    }
    out.sort(Comparator.comparingInt(Entity::start));
    return out;
  }

  private static Actor match(FoldedText t, int start, int end, Map<String, Actor> surnames) {
    Actor exact = surnames.get(t.folded(start, end));
    if (exact != null || !t.cyrillic(start)) {
      return exact;
    }
    for (int cut = end - 1; cut >= Math.max(start + 3, end - 3); cut--) {
      Actor a = surnames.get(t.folded(start, cut));
      if (a != null) {
        return a;
      }
    }
    return null;
  }
}
