package org.vigie.store.sql;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.vigie.core.error.InvalidInputException;

/**
 * A {@code postgresql://user[:password]@host[:port]/database} address, as psql takes it, turned
 * into what the JDBC driver takes.
 */
record PostgresAddress(String jdbcUrl, String user, String password, String display) {

  static PostgresAddress parse(String address) {
    URI uri;
    try {
      uri = new URI(address.strip());
    } catch (URISyntaxException e) {
      throw invalid(address, e.getMessage());
    }
    if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
      throw invalid(address, "it must start with postgresql://");
    }
    String host = uri.getHost() == null ? "localhost" : uri.getHost();
    int port = uri.getPort() < 0 ? 5432 : uri.getPort();
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (path.isEmpty()) {
      throw invalid(address, "it names no database (postgresql://user@host/DATABASE)");
    }
    String user = null, password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : null;
    }
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    String jdbc = "jdbc:postgresql://" + host + ":" + port + "/" + path + query;
    String display =
        "postgresql://" + (user == null ? "" : user + "@") + host + ":" + port + "/" + path;
    return new PostgresAddress(jdbc, user, password, display);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static InvalidInputException invalid(String address, String why) {
    String shown = address.replaceAll("//([^:@/]*):[^@/]*@", "//$1:***@");
    return new InvalidInputException(
        "store",
        "'"
            + shown
            + "' is not a PostgreSQL address: "
            + why
            + " (example: postgresql://vigie@127.0.0.1:5432/vigie)");
  }
}
