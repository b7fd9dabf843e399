package de.presseschau.eval;

import de.presseschau.read.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A retrieval collection in the GermanQuAD layout: {@code docs.tsv} ({@code doc_id<TAB>passage}),
 * {@code queries.tsv} ({@code query_id<TAB>question}) and {@code qrels.tsv} ({@code
 * query_id<TAB>doc_id}, one line per relevant passage).
 *
 * <p>Passages are Wikipedia sections: "Aufzugsanlage  === Seilloser Aufzug === An der RWTH …".
 * The first word is the page title (underscores for spaces: "FC_Barcelona"); section headings
 * ("=== … ===") that follow it belong to the title too. The {@link Article} of a passage gets
 * "Aufzugsanlage – Seilloser Aufzug" as title and the rest as text; a passage without a heading
 * gets the page title only.
 */
record GermanQuad(List<Article> docs, Map<String, String> queries, Map<String, Set<String>> qrels) {

  private static final Pattern HEADING = Pattern.compile("\\A\\s*(={2,})\\s*(.*?)\\s*\\1\\s*");

  static GermanQuad load(Path dir) throws IOException {
    List<Article> docs = new ArrayList<>();
    for (String[] row : rows(dir.resolve("docs.tsv"))) {
      docs.add(passage(row[0], row[1]));
    }
    Map<String, String> queries = new LinkedHashMap<>();
    for (String[] row : rows(dir.resolve("queries.tsv"))) {
      queries.put(row[0], row[1].strip());
    }
    Map<String, Set<String>> qrels = new HashMap<>();
    for (String[] row : rows(dir.resolve("qrels.tsv"))) {
      qrels.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1].strip());
    }
    queries.keySet().retainAll(qrels.keySet());
    return new GermanQuad(docs, queries, qrels);
  }

  /** Maps a passage to an article: page title and section headings → title; the rest → text. */
  static Article passage(String id, String passage) {
    String p = passage.strip();
    int space = p.indexOf(' ');
    String page = (space < 0 ? p : p.substring(0, space)).replace('_', ' ');
    String rest = space < 0 ? "" : p.substring(space + 1);
    StringBuilder title = new StringBuilder(page);
    Matcher m = HEADING.matcher(rest);
    while (m.find()) {
      if (!m.group(2).isEmpty()) {
        title.append(" – ").append(m.group(2));
      }
      rest = rest.substring(m.end());
      m = HEADING.matcher(rest);
    }
    return Article.of(id, title.toString(), rest.strip());
  }

  private static List<String[]> rows(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t", 2);
      if (cols.length < 2) {
        throw new IOException(file + ":" + n + ": expected two tab-separated columns");
      }
      rows.add(cols);
    }
    return rows;
  }
}
