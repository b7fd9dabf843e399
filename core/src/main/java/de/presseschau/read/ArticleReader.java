package de.presseschau.read;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from {@code .txt} files (one article each) and {@code .jsonl} files (one article
 * a line), in folders recursively. Bad input is reported as a {@link ReadProblem} and skipped; the
 * rest is read.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleReader {

  private static final ObjectMapper JSON = new ObjectMapper();

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
   * explicitly may also have no extension (read as text). Other files named explicitly are
   * reported; in folders they are passed over (a README beside the articles is no article).
   * Folders are walked in name order, so ids and counts are reproducible.
   */
  public void read(List<Path> paths, Sink sink) {
    for (Path file : files(paths, sink::problem)) {
      readFile(file, sink);
    }
  }

  /**
   * The article files under the given paths, in the order {@link #read} reads them: folders
   * walked in name order, files named explicitly as given. Paths that are neither are reported.
   */
  public List<Path> files(List<Path> paths, Consumer<ReadProblem> problems) {
    List<Path> out = new ArrayList<>();
    Sink sink = Sink.of(a -> {}, problems);
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        out.addAll(articleFiles(path, sink));
      } else if (Files.isRegularFile(path)) {
        if (isTxt(path) || isJsonl(path) || !hasExtension(path)) {
          out.add(path);
        } else {
          problems.accept(new ReadProblem(path, 0, "not a .txt or .jsonl file"));
        }
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

  private static List<Path> articleFiles(Path dir, Sink sink) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> isTxt(p) || isJsonl(p))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      sink.problem(new ReadProblem(dir, 0, "cannot list folder: " + e.getMessage()));
      return List.of();
    }
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

  /** Reads one article file (as listed by {@link #files}): its articles and problems go to {@code sink}. */
  public void readFile(Path file, Sink sink) {
    if (isJsonl(file)) {
      readJsonl(file, sink);
    } else {
      readText(file, sink);
    }
  }

  private static void readText(Path file, Sink sink) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      sink.problem(new ReadProblem(file, 0, "cannot read: " + e.getMessage()));
      return;
    }
    String content;
    try {
      content = decode(bytes);
    } catch (BadInput e) {
      sink.problem(new ReadProblem(file, 0, e.getMessage()));
      return;
    }
    if (content.isBlank()) {
      sink.problem(new ReadProblem(file, 0, "empty file"));
      return;
    }
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String id = dot > 0 ? name.substring(0, dot) : name;
    Article article = TextArticles.parse(id, content);
    if (article.text().isBlank() && article.title().isBlank()) {
      sink.problem(new ReadProblem(file, 0, "no article text (only page furniture)"));
      return;
    }
    sink.article(article);
  }

  private static void readJsonl(Path file, Sink sink) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int lineNo = 0;
    int nonBlank = 0;
    try (CountingInputStream bytes = new CountingInputStream(Files.newInputStream(file));
        BufferedReader in = new BufferedReader(new InputStreamReader(bytes, decoder))) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        sink.bytesRead(file, bytes.count);
        if (line.isBlank()) {
          continue;
        }
        nonBlank++;
        try {
          sink.article(parseJsonLine(line));
        } catch (BadInput e) {
          sink.problem(new ReadProblem(file, lineNo, e.getMessage()));
        }
      }
    } catch (CharacterCodingException e) {
      sink.problem(new ReadProblem(file, lineNo + 1, "not valid UTF-8; rest of file skipped"));
      return;
    } catch (IOException e) {
      sink.problem(new ReadProblem(file, lineNo, "cannot read: " + e.getMessage()));
      return;
    }
    if (nonBlank == 0) {
      sink.problem(new ReadProblem(file, 0, "empty file"));
    }
  }

  /** One JSONL line: {@code id}, {@code text} required; {@code title date source url} optional. */
  static Article parseJsonLine(String line) throws BadInput {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JacksonException e) {
      throw new BadInput("malformed JSON (" + e.getOriginalMessage() + ")");
    }
    if (node == null || !node.isObject()) {
      throw new BadInput("not a JSON object");
    }
    String id = text(node, "id");
    if (id == null || id.isBlank()) {
      throw new BadInput("missing \"id\"");
    }
    String body = text(node, "text");
    if (body == null || body.isBlank()) {
      throw new BadInput("missing or empty \"text\"");
    }
    LocalDate date = null;
    String dateText = text(node, "date");
    if (dateText != null && !dateText.isBlank()) {
      try {
        date = LocalDate.parse(dateText.strip());
      } catch (DateTimeParseException e) {
        throw new BadInput("\"date\" is not YYYY-MM-DD: " + dateText);
      }
    }
    PageFurniture.Cleaned cleaned = PageFurniture.clean(body.replace("\r\n", "\n"));
    String source = text(node, "source");
    if (source == null || source.isBlank()) {
      source = cleaned.source();
    }
    String title = text(node, "title");
    return new Article(
        id.strip(), title == null ? "" : title.strip(), cleaned.text(), date, source, text(node, "url"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  /** Counts the bytes read through it, for progress reports. */
  private static final class CountingInputStream extends java.io.FilterInputStream {
    long count;

    CountingInputStream(java.io.InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

  /** Decodes strict UTF-8; rejects binary files. */
  static String decode(byte[] bytes) throws BadInput {
    for (int i = 0, n = Math.min(bytes.length, 8192); i < n; i++) {
      if (bytes[i] == 0) {
        throw new BadInput("binary file (not text)");
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadInput("not valid UTF-8 text");
    }
  }

  /** Input that cannot become an article; the message is for the user. */
  static final class BadInput extends Exception {
    BadInput(String message) {
      super(message, null, false, false);
    }
  }
}
