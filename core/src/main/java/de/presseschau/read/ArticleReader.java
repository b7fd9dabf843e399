package de.presseschau.read;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads articles from {@code .txt} files (one article each) and {@code .jsonl} files (one article
 * a line), in folders recursively. Bad input is reported as a {@link ReadProblem} and skipped; the
 * rest is read.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleReader {

  /** Longest JSONL line read; a longer one is skipped (its article would be cut anyway). */
  static final int MAX_LINE_BYTES = 64 << 20;
  /** Bytes of a .txt file read: enough for {@link Article#MAX_TEXT_CHARS} in any encoding. */
  static final int MAX_TEXT_BYTES = Article.MAX_TEXT_CHARS * 4 + 4096;

  private static final ObjectMapper JSON =
      new ObjectMapper(
              com.fasterxml.jackson.core.JsonFactory.builder()
                  .streamReadConstraints(
                      com.fasterxml.jackson.core.StreamReadConstraints.builder()
                          .maxStringLength(MAX_LINE_BYTES)
                          .maxNestingDepth(100)
                          .build())
                  .build())
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final InputStream stdin;

  /** A reader whose path {@code -} is the process's standard input. */
  public ArticleReader() {
    this(System.in);
  }

  /** A reader whose path {@code -} reads {@code stdin}. */
  public ArticleReader(InputStream stdin) {
    this.stdin = java.util.Objects.requireNonNull(stdin);
  }

  /** Receives what the reader finds, in file order. */
  public interface Sink {
    /** An article was read. */
    void article(Article article);

    /** Something could not be read; it was skipped. */
    void problem(ReadProblem problem);

    /**
     * How far reading the current file has come, in bytes of the file (for progress reports of
     * large files; called often, so keep it cheap).
     */
    default void bytesRead(Path file, long bytes) {}

    /** A sink from two callbacks. */
    static Sink of(Consumer<Article> articles, Consumer<ReadProblem> problems) {
      return new Sink() {
        @Override
        public void article(Article article) {
          articles.accept(article);
        }

        @Override
        public void problem(ReadProblem problem) {
          problems.accept(problem);
        }
      };
    }
  }

  /**
   * Reads every {@code .txt} and {@code .jsonl} file under the given paths; a file named
   * explicitly may also have no extension (read as text), and {@code -} is standard input (JSONL
   * when it starts with "{", else one text article). Other files named explicitly are reported;
   * in folders they are passed over (a README beside the articles is no article). Folders are
   * walked in name order, so ids and counts are reproducible.
   */
  public void read(List<Path> paths, Sink sink) {
    for (ArticleFile file : files(paths, sink::problem)) {
      readFile(file, sink);
    }
  }

  /**
   * The article files under the given paths, in the order {@link #read} reads them: folders
   * walked in name order (following links, once), files named explicitly as given. Paths that
   * are neither, folders without articles and what cannot be listed are reported; the rest is
   * listed.
   */
  public List<ArticleFile> files(List<Path> paths, Consumer<ReadProblem> problems) {
    List<ArticleFile> out = new ArrayList<>();
    for (Path path : paths) {
      if (path.equals(ArticleFile.STDIN)) {
        out.add(ArticleFile.named(path));
      } else if (Files.isDirectory(path)) {
        List<ArticleFile> found = articleFiles(path, problems);
        if (found.isEmpty()) {
          problems.accept(new ReadProblem(path, 0, "no .txt or .jsonl files in this folder"));
        }
        out.addAll(found);
      } else if (Files.isRegularFile(path)) {
        if (isTxt(path) || isJsonl(path) || !hasExtension(path)) {
          out.add(ArticleFile.named(path));
        } else {
          problems.accept(new ReadProblem(path, 0, "not a .txt or .jsonl file"));
        }
      } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        problems.accept(new ReadProblem(path, 0, Files.isSymbolicLink(path) ? "a link to nothing" : "not a file or folder"));
      } else {
        problems.accept(new ReadProblem(path, 0, "no such file or folder"));
      }
    }
    return out;
  }

  /** Convenience: reads everything into a list and hands problems to {@code problems}. */
  public List<Article> readAll(List<Path> paths, Consumer<ReadProblem> problems) {
    List<Article> articles = new ArrayList<>();
    read(paths, Sink.of(articles::add, problems));
    return articles;
  }

  private static List<ArticleFile> articleFiles(Path dir, Consumer<ReadProblem> problems) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          java.util.EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              return !d.equals(dir) && d.getFileName().toString().startsWith(".")
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              String name = f.getFileName().toString();
              if (attrs.isRegularFile() && !name.startsWith(".") && (isTxt(f) || isJsonl(f))) {
                found.add(f);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              // An unreadable sub-folder or a link loop: say so, read the rest.
              String why =
                  e instanceof java.nio.file.FileSystemLoopException
                      ? "a link loop; not followed again"
                      : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : reason(e);
              problems.accept(new ReadProblem(f, 0, "cannot read: " + why));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.accept(new ReadProblem(dir, 0, "cannot list folder: " + reason(e)));
    }
    found.sort(null);
    return found.stream().map(f -> ArticleFile.under(dir, f)).toList();
  }

  /** An I/O failure in a few words, without Java class names. */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? "input/output error" : m;
  }

  private static boolean isTxt(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  private static boolean hasExtension(Path p) {
    return p.getFileName().toString().lastIndexOf('.') > 0;
  }

  private static boolean isJsonl(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  /** Reads one file named by itself (its id is its bare name). */
  public void readFile(Path file, Sink sink) {
    readFile(ArticleFile.named(file), sink);
  }

  /** Reads one article file (as listed by {@link #files}): its articles and problems go to {@code sink}. */
  public void readFile(ArticleFile file, Sink sink) {
    if (file.isStdin()) {
      readStdin(file, sink);
    } else if (file.isJsonl()) {
      try (InputStream in = Files.newInputStream(file.path())) {
        readJsonl(file.path(), in, sink);
      } catch (IOException e) {
        sink.problem(new ReadProblem(file.path(), 0, "cannot read: " + reason(e)));
      }
    } else {
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file.path())) {
        bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
      } catch (IOException e) {
        sink.problem(new ReadProblem(file.path(), 0, "cannot read: " + reason(e)));
        return;
      }
      readText(file, bytes, sink);
    }
  }

  /** Standard input: JSONL when its first non-blank character is "{", else one text article. */
  private void readStdin(ArticleFile file, Sink sink) {
    try {
      java.io.BufferedInputStream in = new java.io.BufferedInputStream(stdin, 1 << 16);
      in.mark(1 << 16);
      int c;
      int n = 0;
      do {
        c = in.read();
        n++;
      } while (c != -1 && n < (1 << 16) - 1 && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xEF || c == 0xBB || c == 0xBF));
      in.reset();
      if (c == '{') {
        readJsonl(file.path(), in, sink);
      } else {
        readText(file, in.readNBytes(MAX_TEXT_BYTES + 1), sink);
      }
    } catch (IOException e) {
      sink.problem(new ReadProblem(file.path(), 0, "cannot read standard input: " + reason(e)));
    }
  }

  /** A text article from its first bytes (more than {@link #MAX_TEXT_BYTES} means it goes on). */
  private static void readText(ArticleFile file, byte[] bytes, Sink sink) {
    if (bytes.length > MAX_TEXT_BYTES) {
      int cut = MAX_TEXT_BYTES;
      while (cut > 0 && (bytes[cut] & 0xC0) == 0x80) {
        cut--; // not inside a UTF-8 sequence
      }
      bytes = java.util.Arrays.copyOf(bytes, cut);
    }
    Decoded content;
    try {
      content = decode(bytes);
    } catch (BadInput e) {
      sink.problem(new ReadProblem(file.path(), 0, e.getMessage()));
      return;
    }
    if (content.text().isBlank()) {
      sink.problem(new ReadProblem(file.path(), 0, "empty file"));
      return;
    }
    if (content.note() != null) {
      sink.problem(new ReadProblem(file.path(), 0, content.note(), true));
    }
    Article article = TextArticles.parse(file.textId(), content.text());
    if (article.text().isBlank() && article.title().isBlank()) {
      sink.problem(new ReadProblem(file.path(), 0, "no article text (only page furniture)"));
      return;
    }
    if (article.isOverlong()) {
      sink.problem(new ReadProblem(file.path(), 0, overlong(), true));
    }
    sink.article(article.capped());
  }

  /** One line at a time, each decoded by itself: a bad line costs that line only. */
  private static void readJsonl(Path file, InputStream stream, Sink sink) throws IOException {
    int lineNo = 0;
    int nonBlank = 0;
    boolean notedLatin1 = false;
    ByteLines lines = new ByteLines(stream);
    java.nio.charset.CharsetDecoder decoder = strictUtf8();
    byte[] line;
    while ((line = lines.next()) != null) {
      lineNo++;
      sink.bytesRead(file, lines.consumed());
      if (lines.wasOverlong()) {
        sink.problem(new ReadProblem(file, lineNo, "line longer than " + (MAX_LINE_BYTES >> 20) + " MB; skipped"));
        continue;
      }
      int start = lineNo == 1 && line.length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
          && (line[2] & 0xFF) == 0xBF ? 3 : 0; // a byte-order mark
      String text;
      try {
        text = utf8(decoder, line, start);
      } catch (CharacterCodingException e) {
        if (!looksLikeWindows1252(line, start)) {
          sink.problem(new ReadProblem(file, lineNo, "not valid UTF-8 text; line skipped"));
          continue;
        }
        text = new String(line, start, line.length - start, WINDOWS_1252);
        if (!notedLatin1) {
          sink.problem(new ReadProblem(file, lineNo, "not UTF-8; read as Windows-1252 (Latin-1)", true));
          notedLatin1 = true;
        }
      }
      if (text.isBlank()) {
        continue;
      }
      nonBlank++;
      try {
        Parsed parsed = parseJsonLine(text);
        if (parsed.warning() != null) {
          sink.problem(new ReadProblem(file, lineNo, parsed.warning(), true));
        }
        sink.article(parsed.article());
      } catch (BadInput e) {
        sink.problem(new ReadProblem(file, lineNo, e.getMessage()));
      }
    }
    if (nonBlank == 0) {
      sink.problem(new ReadProblem(file, 0, "empty file"));
    }
  }

  private static final java.nio.charset.Charset WINDOWS_1252 = java.nio.charset.Charset.forName("windows-1252");

  /** A strict UTF-8 decoder (a decoder is not thread-safe: one per file read). */
  private static java.nio.charset.CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static String utf8(java.nio.charset.CharsetDecoder decoder, byte[] bytes, int start)
      throws CharacterCodingException {
    return decoder.reset().decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
  }

  /**
   * Whether bytes that are not UTF-8 read as Windows-1252 text: no control characters but tab and
   * line breaks, none of the five bytes that code page leaves undefined, and some letters.
   */
  static boolean looksLikeWindows1252(byte[] bytes, int start) {
    int letters = 0;
    for (int i = start; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f')
          || b == 0x7F || b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
        return false;
      }
      if (Character.isLetter(b) || b >= 0xC0) {
        letters++;
      }
    }
    return letters > 0;
  }

  /** An article read from a JSONL line, and what was lost reading it (or null). */
  record Parsed(Article article, String warning) {}

  /**
   * One JSONL line: {@code id}, {@code text} required; {@code title date source url} optional. A
   * date that is no real day loses the date, not the article.
   */
  static Parsed parseJsonLine(String line) throws BadInput {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JacksonException e) {
      throw new BadInput("malformed JSON (" + e.getOriginalMessage() + ")");
    }
    if (node == null || !node.isObject()) {
      throw new BadInput("not a JSON object");
    }
    JsonNode idNode = node.get("id");
    String id = idNode != null && idNode.isIntegralNumber() ? idNode.asText() : text(node, "id");
    if (id == null || id.isBlank()) {
      throw new BadInput("missing \"id\"");
    }
    if (id.length() > Article.MAX_ID_CHARS) {
      throw new BadInput("\"id\" is longer than " + Article.MAX_ID_CHARS + " characters");
    }
    String body = text(node, "text");
    if (body == null || body.isBlank()) {
      throw new BadInput("missing or empty \"text\"");
    }
    LocalDate date = null;
    String warning = null;
    String dateText = text(node, "date");
    if (dateText != null && !dateText.isBlank()) {
      try {
        date = ArticleDates.parse(dateText);
      } catch (BadInput e) {
        warning = e.getMessage() + "; article kept without a date";
      }
    }
    PageFurniture.Cleaned cleaned = PageFurniture.clean(body.replace("\r\n", "\n"));
    String source = text(node, "source");
    if (source != null && source.length() > MAX_SOURCE_CHARS) {
      warning = join(warning, "\"source\" longer than " + MAX_SOURCE_CHARS + " characters dropped");
      source = null;
    }
    if (source == null || source.isBlank()) {
      source = cleaned.source();
    }
    String title = text(node, "title");
    Article article =
        new Article(id.strip(), title == null ? "" : title.strip(), cleaned.text(), date, source, text(node, "url"));
    if (article.isOverlong()) {
      warning = join(warning, overlong());
    }
    return new Parsed(article.capped(), warning);
  }

  /** Longest source kept: outlets and agencies have short names. */
  static final int MAX_SOURCE_CHARS = 200;

  private static String overlong() {
    return "article longer than " + String.format(Locale.ROOT, "%,d", Article.MAX_TEXT_CHARS)
        + " characters; indexed up to there";
  }

  private static String join(String a, String b) {
    return a == null ? b : a + "; " + b;
  }

  /** A string field: absent or null is null; any other type is an error. */
  private static String text(JsonNode node, String field) throws BadInput {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new BadInput("\"" + field + "\" must be a string, not " + kind(value));
    }
    return value.asText();
  }

  private static String kind(JsonNode value) {
    return value.isNumber() ? "a number" : value.isBoolean() ? "true/false" : value.isArray() ? "a list" : "an object";
  }

  /** Decoded text, and a note when it was not UTF-8 (or null). */
  record Decoded(String text, String note) {}

  /**
   * Decodes a text file: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order
   * mark, or Windows-1252/Latin-1 when the bytes are not UTF-8 but read as that (with a note).
   * Rejects binary files.
   */
  static Decoded decode(byte[] bytes) throws BadInput {
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      try {
        return new Decoded(
            StandardCharsets.UTF_16.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString(),
            null);
      } catch (CharacterCodingException e) {
        throw new BadInput("not valid UTF-16 text");
      }
    }
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    for (int i = start, n = Math.min(bytes.length, 8192); i < n; i++) {
      if (bytes[i] == 0) {
        throw new BadInput("binary file (not text)");
      }
    }
    try {
      return new Decoded(utf8(strictUtf8(), bytes, start), null);
    } catch (CharacterCodingException e) {
      if (looksLikeWindows1252(bytes, start)) {
        return new Decoded(new String(bytes, WINDOWS_1252), "not UTF-8; read as Windows-1252 (Latin-1)");
      }
      throw new BadInput("not valid UTF-8 text");
    }
  }

  /** Lines of bytes, split at "\n" (a "\r" before it dropped). */
  private static final class ByteLines {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long consumed;
    private boolean overlong;

    ByteLines(InputStream in) {
      this.in = in;
    }

    long consumed() {
      return consumed;
    }

    /** Whether the line last returned was longer than {@link #MAX_LINE_BYTES} (and is empty). */
    boolean wasOverlong() {
      return overlong;
    }

    byte[] next() throws IOException {
      overlong = false;
      java.io.ByteArrayOutputStream line = null;
      while (true) {
        if (pos == limit) {
          limit = in.read(buf, 0, buf.length);
          pos = 0;
          if (limit <= 0) {
            limit = 0;
            return line == null ? null : trimCr(line.toByteArray());
          }
        }
        int nl = -1;
        for (int i = pos; i < limit; i++) {
          if (buf[i] == '\n') {
            nl = i;
            break;
          }
        }
        int end = nl < 0 ? limit : nl;
        if (line == null) {
          line = new java.io.ByteArrayOutputStream(Math.max(64, end - pos));
        }
        if (!overlong && line.size() + (end - pos) > MAX_LINE_BYTES) {
          overlong = true; // read on to the line's end, keep nothing
          line.reset();
        }
        if (!overlong) {
          line.write(buf, pos, end - pos);
        }
        consumed += end - pos + (nl < 0 ? 0 : 1);
        pos = nl < 0 ? limit : nl + 1;
        if (nl >= 0) {
          return trimCr(line.toByteArray());
        }
      }
    }

    private static byte[] trimCr(byte[] b) {
      return b.length > 0 && b[b.length - 1] == '\r' ? java.util.Arrays.copyOf(b, b.length - 1) : b;
    }
  }

  /** Input that cannot become an article; the message is for the user. */
  static final class BadInput extends Exception {
    BadInput(String message) {
      super(message, null, false, false);
    }
  }
}
