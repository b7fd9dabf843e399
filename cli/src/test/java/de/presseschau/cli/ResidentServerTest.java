package de.presseschau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `search serve`: the resident server answers as the command line does, and only whom it should. */
class ResidentServerTest {

  @TempDir Path home;

  private ResidentServer server;
  private Thread serving;
  private SeedIndex seeds;

  @BeforeEach
  void start() throws IOException {
    seeds = SeedIndex.build(home);
    server = ResidentServer.start(home, home, null);
    serving = Thread.ofVirtual().start(() -> {
      try {
        server.serve(Duration.ofMinutes(5));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @AfterEach
  void stop() throws InterruptedException {
    server.close();
    serving.join(5000);
  }

  /** Sends a request as the launcher does and returns the raw reply. */
  private String send(String token, Path cwd, Map<String, String> env, String... args) throws IOException {
    List<String> fields = new ArrayList<>(List.of(ResidentServer.MAGIC, token, cwd.toString(), "false", "false"));
    fields.add(Integer.toString(env.size()));
    env.forEach((k, v) -> fields.add(k + "=" + v));
    fields.add(Integer.toString(args.length));
    fields.addAll(List.of(args));
    return raw(ResidentServer.encode(fields));
  }

  private String raw(byte[] request) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.getOutputStream().write(request);
      s.shutdownOutput();
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The reply's header, standard error and standard output. */
  private record Reply(int code, String err, String out) {
    static Reply parse(String raw) throws IOException {
      DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
      String[] header = readLine(in).split(" ");
      byte[] err = in.readNBytes(Integer.parseInt(header[1]));
      byte[] out = in.readNBytes(Integer.parseInt(header[2]));
      assertEquals(-1, in.read(), "nothing after the announced bytes");
      return new Reply(Integer.parseInt(header[0]), new String(err, StandardCharsets.UTF_8), new String(out, StandardCharsets.UTF_8));
    }

    private static String readLine(InputStream in) throws IOException {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      for (int c; (c = in.read()) != '\n'; ) {
        b.write(c);
      }
      return b.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void aSearchThroughTheServerPrintsWhatTheCommandLinePrints() throws IOException {
    for (String[] args : List.of(
        new String[] {"--index", seeds.dir, "Verbindungsbüro Japan"},
        new String[] {"--index", seeds.dir, "--json", "--facets", "Stoltenberg"},
        new String[] {"--index", seeds.dir, "nichtsdergleichen"},
        new String[] {"--index", seeds.dir, "stats"},
        new String[] {"--index", seeds.dir, "--limit", "-1", "Japan"})) {
      Cli.Run direct = Cli.run(args);
      Reply served = Reply.parse(send(server.token(), home, Map.of(), args));
      assertEquals(direct.code(), served.code(), String.join(" ", args));
      assertEquals(direct.out(), served.out(), String.join(" ", args));
      assertEquals(direct.err(), served.err(), String.join(" ", args));
    }
  }

  @Test
  void colourFollowsTheClientsTerminalAndEnvironment() throws IOException {
    Cli.Run plain = Cli.run(false, Map.of(), "--index", seeds.dir, "Japan");
    Reply served = Reply.parse(send(server.token(), home, Map.of("NO_COLOR", "1", "HOME", "/elsewhere"), "--index", seeds.dir, "--color", "always", "Japan"));
    assertTrue(served.out().contains("\u001b["), "--color always colours");
    Reply noColour = Reply.parse(send(server.token(), home, Map.of("NO_COLOR", "1"), "--index", seeds.dir, "Japan"));
    assertEquals(plain.out(), noColour.out());
  }

  @Test
  void itRefusesOtherTokensOtherFoldersAndCommandsThatWrite() throws IOException {
    assertEquals("refused wrong token\n", send("0".repeat(48), home, Map.of(), "Japan"));
    assertEquals("refused another working folder\n", send(server.token(), home.resolve("sub"), Map.of(), "Japan"));
    for (String command : List.of("index", "batch", "export", "extract", "serve")) {
      assertEquals("refused not a reading command\n", send(server.token(), home, Map.of(), "--index", seeds.dir, command, "x"));
    }
  }

  @Test
  void malformedRequestsAreRefusedAndTheServerGoesOn() throws IOException {
    assertEquals("refused not a request of this version\n", raw("GET / HTTP/1.1\r\n\r\n\0".getBytes(StandardCharsets.UTF_8)));
    assertEquals("", raw((ResidentServer.MAGIC + "\0abc").getBytes(StandardCharsets.UTF_8)), "cut short: no answer");
    byte[] huge = new byte[ResidentServer.MAX_REQUEST_BYTES + 10];
    java.util.Arrays.fill(huge, (byte) 'a');
    byte[] request = new byte[ResidentServer.MAGIC.length() + 1 + huge.length];
    System.arraycopy(ResidentServer.MAGIC.getBytes(StandardCharsets.US_ASCII), 0, request, 0, ResidentServer.MAGIC.length());
    System.arraycopy(huge, 0, request, ResidentServer.MAGIC.length() + 1, huge.length);
    assertEquals("refused request too large\n", raw(request));
    String badCount = ResidentServer.MAGIC + "\0" + server.token() + "\0" + home + "\0false\0false\0-3\0";
    assertEquals("refused not a count: -3\n", raw(badCount.getBytes(StandardCharsets.UTF_8)));
    assertEquals(0, Reply.parse(send(server.token(), home, Map.of(), "--index", seeds.dir, "Japan")).code());
  }

  @Test
  void aServerThatAnswersIsFoundRunningAndAStoppedOneIsNot() throws IOException, InterruptedException {
    assertEquals(java.util.OptionalInt.of(server.port()), ResidentServer.running(home));
    List<String> lines = Files.readAllLines(ResidentServer.file(home));
    server.close();
    serving.join(5000);
    assertFalse(serving.isAlive(), "the serving loop ends once the server is closed");
    Files.write(ResidentServer.file(home), lines); // a stale announcement, as after kill -9
    assertTrue(ResidentServer.running(home).isEmpty());
    Files.delete(ResidentServer.file(home));
    assertTrue(ResidentServer.running(home).isEmpty());
  }

  @Test
  void itAnnouncesItselfToItsUserOnlyAndWithdrawsWhenClosed() throws IOException {
    Path file = ResidentServer.file(home);
    List<String> lines = Files.readAllLines(file);
    assertEquals(List.of(Integer.toString(server.port()), server.token(), home.toAbsolutePath().normalize().toString()), lines);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    server.close();
    assertFalse(Files.exists(file));
  }
}
