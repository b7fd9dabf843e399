package de.presseschau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers' rebuild check ({@code presseschau_needs_build} in bin/launcher.sh) on a small
 * tree: only what goes into the jar, newer than the stamp of the last build, makes a build.
 */
class LauncherBuildCheckTest {

  private static final Path LAUNCHER = Path.of("../bin/launcher.sh").toAbsolutePath().normalize();
  private static final Instant BUILT = Instant.parse("2026-01-01T12:00:00Z");

  @TempDir Path root;

  @BeforeEach
  void aBuiltTree() throws IOException {
    for (String f : new String[] {"pom.xml", "core/pom.xml", "core/src/main/java/A.java",
        "core/src/main/resources/words.txt", "core/src/test/java/ATest.java", "cli/pom.xml", "cli/src/main/java/B.java"}) {
      Path p = root.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "x");
      Files.setLastModifiedTime(p, FileTime.from(BUILT.minusSeconds(60)));
    }
    Path stamp = root.resolve("cli/target/.built");
    Files.createDirectories(stamp.getParent());
    Files.writeString(stamp, "");
    Files.setLastModifiedTime(stamp, FileTime.from(BUILT));
  }

  /** The check's exit status: 0 = build needed, 1 = up to date; and the shell's glob options after it. */
  private String check() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("bash", "-c",
        ". \"$1\"; presseschau_needs_build \"$2\" \"$2/cli/target/.built\" core cli; echo \"$? $(shopt -p globstar nullglob | tr '\\n' ' ')\"",
        "check", LAUNCHER.toString(), root.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes()).strip();
    p.waitFor();
    return out;
  }

  private void touch(String file, Instant when) throws IOException {
    Files.setLastModifiedTime(root.resolve(file), FileTime.from(when));
  }

  @Test
  void anUnchangedTreeNeedsNoBuildAndTheShellKeepsItsOptions() throws Exception {
    assertEquals("1 shopt -u globstar shopt -u nullglob", check());
  }

  @Test
  void aTestSourceChangedSinceTheBuildNeedsNone() throws Exception {
    touch("core/src/test/java/ATest.java", BUILT.plusSeconds(60));
    assertEquals("1", check().substring(0, 1));
  }

  @Test
  void aSourceResourceOrPomChangedSinceTheBuildNeedsOne() throws Exception {
    for (String f : new String[] {"core/src/main/java/A.java", "core/src/main/resources/words.txt", "cli/pom.xml", "pom.xml"}) {
      aBuiltTree();
      touch(f, BUILT.plusSeconds(60));
      assertEquals("0", check().substring(0, 1), f);
    }
  }

  @Test
  void aSourceSavedWithinTheBuildsFirstSecondCountsByTheFraction() throws Exception {
    touch("core/src/main/java/A.java", BUILT.plusMillis(300));
    assertEquals("0", check().substring(0, 1));
    touch("cli/target/.built", BUILT.plusMillis(600));
    assertEquals("1", check().substring(0, 1));
  }

  @Test
  void noStampMeansNoBuildYet() throws Exception {
    Files.delete(root.resolve("cli/target/.built"));
    assertEquals("0", check().substring(0, 1));
  }
}
