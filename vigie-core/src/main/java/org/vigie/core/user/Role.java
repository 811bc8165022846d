package org.vigie.core.user;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a user of the workbench may do. Each role can do everything the roles before it can. */
public enum Role {
  /** Reads documents, matrices and charts; changes nothing. */
  VIEWER,
  /** Also adds documents and rates evidence. */
  ANALYST,
  /** Also manages the workbench. */
  ADMIN;

  /** Whether this role may do what {@code needed} may. */
  public boolean includes(Role needed) {
    return compareTo(needed) >= 0;
  }

  /** The lower-case name used on the command line, in the store and in JSON. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst();
  }

  /** "viewer, analyst or admin", for messages. */
  public static String choices() {
    String all = Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " or " + all.substring(last + 2);
  }
}
