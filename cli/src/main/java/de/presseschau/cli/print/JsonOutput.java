package de.presseschau.cli.print;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.presseschau.extract.Entity;
import de.presseschau.extract.Extraction;
import de.presseschau.extract.Mention;
import de.presseschau.index.IndexedArticle;
import de.presseschau.read.Article;
import de.presseschau.search.FacetCounts;
import de.presseschau.search.Hit;
import de.presseschau.search.SearchResult;
import de.presseschau.search.Snippet;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON shapes of the CLI, one object per line. Matches in snippets are wrapped in
 * {@code <mark>…</mark>}, with the text around them HTML-escaped so the marks are unambiguous.
 */
public final class JsonOutput {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonOutput() {}

  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String json(Body body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** {"query","total","total_exact","hits":[…],"facets":{…}|null,"suggestion"[,"partial":true]} */
  public static String result(SearchResult r, boolean facets) {
    return json(
        g -> {
          g.writeStartObject();
          g.writeStringField("query", r.query());
          g.writeNumberField("total", r.total());
          g.writeBooleanField("total_exact", r.totalExact());
          g.writeArrayFieldStart("hits");
          for (Hit h : r.hits()) {
            hit(g, h);
          }
          g.writeEndArray();
          g.writeFieldName("facets");
          if (facets) {
            facets(g, r.facets());
          } else {
            g.writeNull();
          }
          g.writeStringField("suggestion", r.suggestion());
          if (r.partial()) {
            g.writeBooleanField("partial", true); // stopped at the time limit
          }
          g.writeEndObject();
        });
  }

  /** {"query","error"} for a batch line that failed. */
  public static String error(String query, String message) {
    return json(
        g -> {
          g.writeStartObject();
          g.writeStringField("query", query);
          g.writeStringField("error", message);
          g.writeEndObject();
        });
  }

  private static void hit(JsonGenerator g, Hit h) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", h.id());
    if (Float.isNaN(h.score())) {
      g.writeNullField("score");
    } else {
      g.writeNumberField("score", h.score());
    }
    g.writeStringField("title", h.title());
    date(g, h.date());
    strings(g, "speakers", h.speakers());
    strings(g, "locations", h.locations());
    g.writeStringField("source", h.source());
    g.writeArrayFieldStart("snippets");
    for (Snippet s : h.snippets()) {
      g.writeString(s.render(JsonOutput::escapeHtml, m -> "<mark>" + escapeHtml(m) + "</mark>"));
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void facets(JsonGenerator g, FacetCounts f) throws IOException {
    g.writeStartObject();
    counts(g, "speakers", f.speakers());
    counts(g, "locations", f.locations());
    counts(g, "years", f.years());
    g.writeEndObject();
  }

  private static void counts(JsonGenerator g, String name, List<FacetCounts.Count> counts)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (FacetCounts.Count c : counts) {
      g.writeStartObject();
      g.writeStringField("value", c.value());
      g.writeNumberField("count", c.count());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * The title as search shows it; for an article without a headline, its first sentence, marked
   * by {@code "title_from_text": true} (mention offsets then point into the text alone).
   */
  private static void title(com.fasterxml.jackson.core.JsonGenerator g, String headline, String shown)
      throws java.io.IOException {
    g.writeStringField("title", shown);
    if (headline.isBlank()) {
      g.writeBooleanField("title_from_text", true);
    }
  }

  /** An indexed article with its metadata; {@code withText} adds the body (for show). */
  public static String article(IndexedArticle a, boolean withText) {
    return json(
        g -> {
          g.writeStartObject();
          g.writeStringField("id", a.id());
          title(g, a.title(), a.displayTitle());
          date(g, a.date());
          strings(g, "speakers", a.speakers());
          strings(g, "locations", a.locations());
          strings(g, "organisations", a.organisations());
          g.writeStringField("source", a.source());
          g.writeStringField("url", a.url());
          if (withText) {
            g.writeStringField("text", a.text());
          }
          g.writeEndObject();
        });
  }

  /** What the extractor found in an article, with mentions and their offsets. */
  public static String extraction(Article a, Extraction x) {
    return json(
        g -> {
          g.writeStartObject();
          g.writeStringField("id", a.id());
          title(g, a.title(), a.displayTitle());
          date(g, a.date() != null ? a.date() : x.date());
          entities(g, "speakers", x.speakers());
          entities(g, "locations", x.locations());
          entities(g, "organisations", x.sources());
          g.writeStringField("source", a.source());
          g.writeEndObject();
        });
  }

  private static void entities(JsonGenerator g, String name, List<Entity> entities) throws IOException {
    g.writeArrayFieldStart(name);
    for (Entity e : entities) {
      g.writeStartObject();
      g.writeStringField("name", e.name());
      g.writeArrayFieldStart("mentions");
      for (Mention m : e.mentions()) {
        g.writeStartObject();
        g.writeNumberField("start", m.start());
        g.writeNumberField("end", m.end());
        g.writeStringField("text", m.text());
        g.writeStringField("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (m.rule() != null) {
          g.writeStringField("rule", m.rule().toLowerCase(java.util.Locale.ROOT));
        }
        if (m.cue() != null) {
          g.writeStringField("cue", m.cue());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void date(JsonGenerator g, LocalDate d) throws IOException {
    if (d == null) {
      g.writeNullField("date");
    } else {
      g.writeStringField("date", d.toString());
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  static String escapeHtml(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
