package de.presseschau.cli;

/** Exit codes as grep users expect them. */
public final class ExitCodes {
  /** Something was found, or the command did its job. */
  public static final int FOUND = 0;
  /** The search found nothing (or the article does not exist). */
  public static final int NOT_FOUND = 1;
  /** Bad usage, a malformed query, unreadable input or an index problem. */
  public static final int ERROR = 2;

  private ExitCodes() {}
}
