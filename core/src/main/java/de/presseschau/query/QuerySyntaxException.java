package de.presseschau.query;

/** The query text is not valid query syntax; the message says why in one line, for the user. */
public final class QuerySyntaxException extends Exception {
  public QuerySyntaxException(String message) {
    super(message, null, false, false);
  }
}
