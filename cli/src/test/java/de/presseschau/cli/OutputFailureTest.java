package de.presseschau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What happens when standard output cannot be written. */
class OutputFailureTest {

  @TempDir static Path tmp;

  private static OutputStream failing(String why) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(why);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException(why);
      }
    };
  }

  private static Cli.Run run(OutputStream target, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal t = new Terminal(WatchedOutput.of(target), new PrintStream(err, true, StandardCharsets.UTF_8),
        false, false, Map.of());
    int code = Main.run(t, args);
    return new Cli.Run(code, "", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aFullDiskIsAnErrorWithOneLine() {
    SeedIndex seeds = SeedIndex.build(tmp);
    Cli.Run r = run(failing("No space left on device"), "export", "--index", seeds.dir);
    assertEquals(2, r.code());
    assertEquals("search: cannot write the output: No space left on device", r.err().strip());
  }

  @Test
  void aClosedPipeIsNoError() {
    SeedIndex seeds = SeedIndex.build(tmp.resolve("pipe"));
    Cli.Run r = run(failing("Broken pipe"), "export", "--index", seeds.dir);
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
  }
}
