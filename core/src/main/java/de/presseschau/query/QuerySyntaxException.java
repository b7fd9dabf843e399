package de.presseschau.query;

/**
 * The query text is not valid query syntax, or breaks a limit; the message says why in one line,
 * for the user.
 */
public final class QuerySyntaxException extends Exception {

  /** Messages quote what the user typed; a pasted page must not make them pages long. */
  private static final int MAX_MESSAGE = 300;

  public QuerySyntaxException(String message) {
    super(oneLine(message), null, false, false);
  }

  /** Control characters (line breaks among them) become spaces; overlong messages are cut. */
  private static String oneLine(String message) {
    StringBuilder b = new StringBuilder(Math.min(message.length(), MAX_MESSAGE + 1));
    for (int i = 0; i < message.length() && b.length() < MAX_MESSAGE; i++) {
      char c = message.charAt(i);
      b.append(Character.isISOControl(c) ? ' ' : c);
    }
    if (b.length() >= MAX_MESSAGE && message.length() > MAX_MESSAGE) {
      b.append('…');
    }
    return b.toString();
  }
}
