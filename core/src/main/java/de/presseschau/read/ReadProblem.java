package de.presseschau.read;

import java.nio.file.Path;

/**
 * Input that could not be read as it was written: skipped (the rest goes on), or read with a loss
 * that the user should know of ({@link #kept()}: an article without its impossible date, a file read
 * as Windows-1252).
 *
 * @param file the file
 * @param line 1-based line for JSONL input; 0 when the whole file is concerned
 * @param message what is wrong, in a few words
 * @param kept whether the article (or file) was read all the same
 */
public record ReadProblem(Path file, int line, String message, boolean kept) {

  /** A problem that made the reader skip the file or line. */
  public ReadProblem(Path file, int line, String message) {
    this(file, line, message, false);
  }

  /** "file:line: message", or "file: message" — one line for the user. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
