package de.presseschau.cli;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code search serve}: a resident JVM that answers the launcher's reading commands (searches,
 * {@code show}, {@code stats}), so that a search costs a connection instead of a JVM start. A
 * cold JVM spends some 300 ms loading and linking what one search needs; warm, the search itself
 * takes a few milliseconds.
 *
 * <p>It listens on the loopback interface only, on a port the system picks, and writes the port, a
 * random token and its working folder to a file readable by its user only (see {@link #file}); the
 * launcher sends the token with each request. It answers only requests from its own working folder
 * (relative paths in the arguments mean the same to both), only the reading commands, and only
 * while its jar is the one it was started from: otherwise it refuses, and the launcher starts the
 * tool as usual. It stops after a time without requests, or on Ctrl-C.
 *
 * <p>The protocol (one request per connection; strings UTF-8, each ended by a NUL byte): {@code
 * presseschau-1}, token, working folder, stdout-is-terminal ({@code true}/{@code false}),
 * stderr-is-terminal, the number of environment entries, the entries ({@code NAME=value}), the
 * number of arguments, the arguments. The reply is one line, {@code EXIT ERR-BYTES OUT-BYTES}, then
 * the bytes of standard error and of standard output; or the line {@code refused REASON}.
 */
public final class ResidentServer implements AutoCloseable {

  /** The first string of a request: bumped when the protocol changes. */
  static final String MAGIC = "presseschau-1";

  /** Environment variables the commands read; the launcher sends these. */
  static final Set<String> ENV = Set.of("NO_COLOR", "TERM", "COLUMNS");

  /** A request larger than this is refused (arguments are short; this bounds a hostile one). */
  static final int MAX_REQUEST_BYTES = 1 << 20;

  /** Commands that write or stream go to a JVM of their own: these words are not served. */
  private static final Set<String> NOT_SERVED = Set.of("index", "batch", "export", "extract", "serve");

  private final Path cwd;
  private final Path file;
  private final String token;
  private final ServerSocket socket;
  private final Path jar;
  private final long jarModified;
  private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
  private volatile long lastRequest = System.nanoTime();
  /** Closing runs once: the serving loop closes on its way out too, after the owner may have. */
  private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

  private ResidentServer(Path home, Path cwd, Path jar) throws IOException {
    this.cwd = cwd;
    this.file = file(home);
    this.jar = jar;
    this.jarModified = jar == null ? 0 : codeStamp(jar);
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    this.token = HexFormat.of().formatHex(secret);
    this.socket = new ServerSocket();
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
  }

  /** The file that tells the launcher where a server of the tool in {@code home} listens. */
  public static Path file(Path home) {
    return home.resolve(".cache").resolve("server");
  }

  /**
   * Starts listening and announces the server in its {@link #file}: the port, the token and the
   * working folder, one a line, in a file only its user can read.
   *
   * @param home the tool's folder (the launcher's, where {@code .cache/} lives)
   * @param cwd the folder whose requests it answers
   * @param jar the jar it runs from (it stops serving when that or a jar in {@code lib/} beside it
   *     changes); null: not checked
   */
  public static ResidentServer start(Path home, Path cwd, Path jar) throws IOException {
    ResidentServer server = new ResidentServer(home, cwd.toAbsolutePath().normalize(), jar);
    try {
      server.announce();
    } catch (IOException | RuntimeException e) {
      server.socket.close();
      throw e;
    }
    return server;
  }

  private void announce() throws IOException {
    Files.createDirectories(file.getParent());
    Path partial = Files.createTempFile(file.getParent(), "server", ".partial");
    try {
      try {
        Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system: the folder's own permissions guard it.
      }
      Files.writeString(partial, socket.getLocalPort() + "\n" + token + "\n" + cwd + "\n", StandardCharsets.UTF_8);
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /**
   * The port of a server already announced for {@code home} that answers and runs the current
   * code, if any: asked for its version with its own token. A server that was stopped, killed or
   * outdated (it refuses once its jar changed) does not count.
   */
  public static java.util.OptionalInt running(Path home) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file(home), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return java.util.OptionalInt.empty();
    }
    if (lines.size() < 3) {
      return java.util.OptionalInt.empty();
    }
    try (Socket s = new Socket()) {
      int port = Integer.parseInt(lines.get(0));
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
      s.setSoTimeout(5000);
      s.getOutputStream().write(encode(List.of(MAGIC, lines.get(1), lines.get(2), "false", "false", "0", "1", "--version")));
      s.shutdownOutput();
      byte[] head = s.getInputStream().readNBytes(16);
      String reply = new String(head, StandardCharsets.UTF_8);
      return !reply.isEmpty() && Character.isDigit(reply.charAt(0))
          ? java.util.OptionalInt.of(port) : java.util.OptionalInt.empty();
    } catch (IOException | RuntimeException e) {
      return java.util.OptionalInt.empty();
    }
  }

  /** The port it listens on (loopback). */
  public int port() {
    return socket.getLocalPort();
  }

  /** The token a request must carry. */
  String token() {
    return token;
  }

  /**
   * Answers requests until {@code idle} passes without one, or the server is closed. Each request
   * runs on a virtual thread of its own.
   */
  public void serve(Duration idle) throws IOException {
    socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1000, Math.min(idle.toMillis(), 60_000))));
    try {
      while (!socket.isClosed()) {
        Socket client;
        try {
          client = socket.accept();
        } catch (java.net.SocketTimeoutException e) {
          if (System.nanoTime() - lastRequest > idle.toNanos()) {
            return;
          }
          continue;
        } catch (SocketException e) {
          return; // closed
        }
        lastRequest = System.nanoTime();
        workers.submit(() -> answer(client));
      }
    } finally {
      close();
    }
  }

  private void answer(Socket client) {
    try (client) {
      client.setSoTimeout(10_000); // a client that sends nothing does not hold the request forever
      Reply reply = handle(client.getInputStream());
      OutputStream out = client.getOutputStream();
      out.write(reply.bytes());
      out.flush();
    } catch (IOException e) {
      // The client went away or sent garbage: nothing to answer.
    } finally {
      lastRequest = System.nanoTime();
    }
  }

  /** What to send back: a header line and the two outputs. */
  record Reply(byte[] bytes) {
    static Reply refused(String why) {
      return new Reply(("refused " + why + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Standard error goes first: the commands print their messages before the results, and a
     * reader of standard output that stops early ({@code | head}) then cuts nothing else.
     */
    static Reply of(int code, byte[] out, byte[] err) {
      byte[] header = (code + " " + err.length + " " + out.length + "\n").getBytes(StandardCharsets.UTF_8);
      byte[] all = new byte[header.length + err.length + out.length];
      System.arraycopy(header, 0, all, 0, header.length);
      System.arraycopy(err, 0, all, header.length, err.length);
      System.arraycopy(out, 0, all, header.length + err.length, out.length);
      return new Reply(all);
    }
  }

  /** A request as read off the connection. */
  record Request(String token, Path cwd, boolean tty, boolean errTty, Map<String, String> env, List<String> args) {}

  /** Reads one request and runs it; a malformed one is refused, never answered half. */
  Reply handle(InputStream in) throws IOException {
    Request r;
    try {
      r = read(in);
    } catch (MalformedRequest e) {
      return Reply.refused(e.getMessage());
    }
    if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), r.token().getBytes(StandardCharsets.UTF_8))) {
      return Reply.refused("wrong token");
    }
    if (!cwd.equals(r.cwd())) {
      return Reply.refused("another working folder");
    }
    if (jar != null && jarChanged()) {
      close(); // rebuilt: a new server must be started for the new code
      return Reply.refused("the tool was rebuilt");
    }
    if (!serves(r.args())) {
      return Reply.refused("not a reading command");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    WatchedOutput stdout = WatchedOutput.of(out);
    PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
    Terminal terminal = new Terminal(stdout, stderr, r.tty(), r.errTty(), r.env());
    int code = Main.run(terminal, InputStream.nullInputStream(), r.args().toArray(String[]::new));
    stdout.flush();
    stderr.flush();
    return Reply.of(code, out.toByteArray(), err.toByteArray());
  }

  private boolean jarChanged() {
    try {
      return codeStamp(jar) != jarModified;
    } catch (IOException e) {
      return true;
    }
  }

  /**
   * The newest modification time of the jar and the jars beside it in {@code lib/} and the
   * backends' {@code lib/opensearch/}: a build that changed only the core library leaves the CLI's
   * jar as it was.
   */
  private static long codeStamp(Path jar) throws IOException {
    long newest = Files.getLastModifiedTime(jar).toMillis();
    Path lib = jar.resolveSibling("lib");
    if (Files.isDirectory(lib)) {
      try (java.util.stream.Stream<Path> jars = Files.walk(lib, 2)) {
        for (Path p : (Iterable<Path>) jars::iterator) {
          newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
        }
      }
    }
    return newest;
  }

  /** Whether the arguments name a command the server answers (searches, show, stats). */
  static boolean serves(List<String> args) {
    return args.stream().noneMatch(NOT_SERVED::contains);
  }

  /** A request that does not follow the protocol. */
  static final class MalformedRequest extends IOException {
    MalformedRequest(String message) {
      super(message);
    }
  }

  /** A request's fields as the protocol sends them: each UTF-8, ended by a NUL byte. */
  static byte[] encode(List<String> fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String f : fields) {
      out.writeBytes(f.getBytes(StandardCharsets.UTF_8));
      out.write(0);
    }
    return out.toByteArray();
  }

  /** Reads a request; at most {@link #MAX_REQUEST_BYTES}. */
  static Request read(InputStream in) throws IOException {
    Strings s = new Strings(in);
    if (!MAGIC.equals(s.next())) {
      throw new MalformedRequest("not a request of this version");
    }
    String token = s.next();
    Path cwd;
    try {
      cwd = Path.of(s.next()).toAbsolutePath().normalize();
    } catch (java.nio.file.InvalidPathException e) {
      throw new MalformedRequest("not a folder");
    }
    boolean tty = Boolean.parseBoolean(s.next());
    boolean errTty = Boolean.parseBoolean(s.next());
    int envCount = s.count();
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i < envCount; i++) {
      String entry = s.next();
      int eq = entry.indexOf('=');
      if (eq > 0 && ENV.contains(entry.substring(0, eq))) {
        env.put(entry.substring(0, eq), entry.substring(eq + 1));
      }
    }
    int argc = s.count();
    List<String> args = new ArrayList<>(argc);
    for (int i = 0; i < argc; i++) {
      args.add(s.next());
    }
    return new Request(token, cwd, tty, errTty, Map.copyOf(env), List.copyOf(args));
  }

  /** NUL-ended UTF-8 strings off a stream, at most {@link #MAX_REQUEST_BYTES} in all. */
  private static final class Strings {
    private final InputStream in;
    private int total;

    Strings(InputStream in) {
      this.in = in;
    }

    String next() throws IOException {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      for (int c; (c = in.read()) != 0; ) {
        if (c < 0) {
          throw new EOFException("request cut short");
        }
        if (++total > MAX_REQUEST_BYTES) {
          throw new MalformedRequest("request too large");
        }
        b.write(c);
      }
      return b.toString(StandardCharsets.UTF_8);
    }

    int count() throws IOException {
      String n = next();
      try {
        int v = Integer.parseInt(n);
        if (v < 0 || v > 10_000) {
          throw new MalformedRequest("not a count: " + n);
        }
        return v;
      } catch (NumberFormatException e) {
        throw new MalformedRequest("not a count: " + n);
      }
    }
  }

  /** Stops listening and removes its announcement (if it is still this server's). */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      socket.close();
    } catch (IOException e) {
      // Closing anyway.
    }
    workers.shutdown();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.size() > 1 && lines.get(1).equals(token)) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // Gone already, or another server's now.
    }
  }
}
