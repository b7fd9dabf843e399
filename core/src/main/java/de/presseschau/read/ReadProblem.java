package de.presseschau.read;

import java.nio.file.Path;

/**
 * Input that could not be read as an article; it is skipped and the rest goes on.
 *
 * @param file the file
 * @param line 1-based line for JSONL input; 0 when the whole file is concerned
 * @param message what is wrong, in a few words
 */
public record ReadProblem(Path file, int line, String message) {
  /** "file:line: message", or "file: message" — one line for the user. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
