package de.presseschau.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A print stream that remembers why writing failed: PrintStream swallows the error, so a full
 * disk ({@code search export > /dev/full}) would otherwise end with a cut-off file and exit 0.
 */
public final class WatchedOutput extends PrintStream {

  private final Recorder recorder;

  private WatchedOutput(Recorder recorder) {
    super(recorder, false, StandardCharsets.UTF_8);
    this.recorder = recorder;
  }

  /** Watches writes to {@code target}. */
  public static WatchedOutput of(OutputStream target) {
    return new WatchedOutput(new Recorder(target));
  }

  /** The first write failure, or null. Flushes first. */
  public IOException failure() {
    flush();
    return recorder.failure;
  }

  /** Whether a failure is the reader going away ({@code search … | head}): not an error. */
  public static boolean isClosedPipe(IOException e) {
    String m = e.getMessage();
    return m != null && (m.contains("Broken pipe") || m.contains("Stream closed"));
  }

  private static final class Recorder extends FilterOutputStream {
    IOException failure;

    Recorder(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        record(e);
        throw e;
      }
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        record(e);
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        record(e);
        throw e;
      }
    }

    private void record(IOException e) {
      if (failure == null) {
        failure = e;
      }
    }
  }
}
