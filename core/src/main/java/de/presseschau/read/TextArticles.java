package de.presseschau.read;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the text of a {@code .txt} article into an {@link Article}: the first line is the title
 * when it reads as a headline, the rest is the body; page furniture is removed.
 */
final class TextArticles {

  /** A sentence end followed by the start of another sentence: a lead paragraph, not a headline. */
  private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?][\"“”«»]?\\s+[\"„»]?\\p{Lu}");
  private static final int MAX_HEADLINE = 250;

  private TextArticles() {}

  static Article parse(String id, String content) {
    String text = content.replace("\r\n", "\n").replace('\r', '\n');
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    PageFurniture.Cleaned cleaned = PageFurniture.clean(text);
    List<String> lines = cleaned.text().lines().toList();
    String title = "";
    int bodyStart = 0;
    if (!lines.isEmpty() && readsAsHeadline(lines.getFirst()) && lines.size() > 1) {
      title = lines.getFirst().strip();
      bodyStart = 1;
      // Scraped pages often repeat the headline right below it.
      while (bodyStart < lines.size()
          && (lines.get(bodyStart).isBlank() || lines.get(bodyStart).strip().equals(title))) {
        bodyStart++;
      }
    }
    String body = String.join("\n", lines.subList(bodyStart, lines.size())).strip();
    return new Article(id, title, body, null, cleaned.source(), null);
  }

  /** Short, one sentence, no final full stop. */
  static boolean readsAsHeadline(String line) {
    String t = line.strip();
    return !t.isEmpty()
        && t.length() <= MAX_HEADLINE
        && !t.endsWith(".")
        && !SENTENCE_INSIDE.matcher(t).find();
  }
}
