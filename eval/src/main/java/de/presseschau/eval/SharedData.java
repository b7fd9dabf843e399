package de.presseschau.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The development data beside the project (../shared) and its Python scorers. */
final class SharedData {

  /** A failure the user can fix, reported as one line without a stack trace. */
  static final class Problem extends Exception {
    Problem(String message) {
      super(message);
    }
  }

  private final Path root;

  SharedData(Path root) {
    this.root = root;
  }

  /**
   * The shared folder: the one given, else ../shared beside the repository root that the
   * ./evaluate launcher names in presseschau.home, else ../shared from the current folder.
   */
  static Path root(Path given) {
    if (given != null) {
      return given;
    }
    String home = System.getProperty("presseschau.home");
    return home != null ? Path.of(home).resolve("../shared").normalize() : Path.of("../shared");
  }

  /** The texts of the 10kGNAD articles (articles.csv: {@code label;'text'}, quotes doubled). */
  List<String> tenKGnadTexts() throws Problem, IOException {
    List<String> texts = new ArrayList<>();
    for (String line : java.nio.file.Files.readAllLines(file("corpora/10kgnad/articles.csv"), java.nio.charset.StandardCharsets.UTF_8)) {
      String t = line.substring(line.indexOf(';') + 1);
      if (t.length() > 1 && t.startsWith("'") && t.endsWith("'")) {
        t = t.substring(1, t.length() - 1).replace("''", "'");
      }
      texts.add(t);
    }
    return texts;
  }

  /** A file under the shared folder, which must exist. */
  Path file(String relative) throws Problem {
    Path p = root.resolve(relative);
    if (!Files.isRegularFile(p)) {
      throw new Problem("missing " + p + " (pass the shared data folder with --shared DIR)");
    }
    return p;
  }

  /** Runs a scorer under shared/eval with python3 and returns what it printed (its --json figures). */
  String scoreQuietly(String scorer, List<String> args) throws Problem {
    Path script = file("eval/" + scorer);
    List<String> cmd = new ArrayList<>(List.of("python3", script.toString()));
    cmd.addAll(args);
    try {
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new Problem(scorer + " failed");
      }
      return out;
    } catch (IOException e) {
      throw new Problem("cannot run python3 (needed for " + scorer + "): " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Problem("interrupted while running " + scorer);
    }
  }

  /** Runs a scorer under shared/eval with python3, its output going to ours; returns its exit code. */
  int score(String scorer, List<String> args) throws Problem {
    Path script = file("eval/" + scorer);
    List<String> cmd = new ArrayList<>(List.of("python3", script.toString()));
    cmd.addAll(args);
    try {
      Process p = new ProcessBuilder(cmd).inheritIO().start();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new Problem(scorer + " did not finish within 10 minutes");
      }
      return p.exitValue();
    } catch (IOException e) {
      throw new Problem("cannot run python3 (needed for " + scorer + "): " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Problem("interrupted while running " + scorer);
    }
  }

  /** A fresh file for predictions, outside the source tree. */
  static Path predictionsFile(String name) throws Problem {
    try {
      Path dir = Files.createTempDirectory("presseschau-eval-");
      return dir.resolve(name);
    } catch (IOException e) {
      throw new Problem("cannot create a temporary folder: " + e.getMessage());
    }
  }
}
