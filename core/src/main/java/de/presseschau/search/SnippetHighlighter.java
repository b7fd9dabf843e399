package de.presseschau.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlight stage of the search path: the best sentences of each hit with the matched words
 * marked, as structured {@link Snippet}s (the printer decides how to show a match).
 */
final class SnippetHighlighter {

  private SnippetHighlighter() {}

  /**
   * Snippets of {@code field} for each document, in document order of the passages.
   *
   * @return one list per doc id (empty when the field has no text)
   */
  static List<List<Snippet>> snippets(
      IndexSearcher searcher, Analyzer analyzer, String field, Query query, int[] docIds, int max,
      java.util.function.IntFunction<String> loaded)
      throws IOException {
    if (docIds.length == 0 || max == 0) {
      return List.of();
    }
    Highlighter h =
        new Highlighter(
            loaded,
            UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(SnippetHighlighter::sentences)
                .withFormatter(new SnippetFormatter())
                .withMaxNoHighlightPassages(1)
                // Term offsets straight from the postings: Lucene's default (weight matches) rewrites
                // the query and builds its weight again for every hit, which took three quarters of
                // the snippets' time (./evaluate bench --only query: +0.85 ms per search, now +0.2).
                .withWeightMatches(false));
    int[] maxPassages = new int[] {max};
    Map<String, Object[]> result = h.highlight(new String[] {field}, query, docIds, maxPassages);
    Object[] perDoc = result.get(field);
    List<List<Snippet>> out = new ArrayList<>(docIds.length);
    for (Object o : perDoc) {
      @SuppressWarnings("unchecked")
      List<Snippet> snippets = o == null ? List.of() : (List<Snippet>) o;
      out.add(snippets);
    }
    return out;
  }

  /**
   * The part of {@code query} that can match in {@code field}, for the highlighter: clauses on
   * other fields (whole words, title, proximity over whole words, filters) cannot mark anything in
   * the field's text but would cost the highlighter time. Returns {@code query} itself when no
   * part of it is on the field.
   */
  static Query forField(Query query, String field) {
    Query q = onField(query, field);
    return q == null ? query : q;
  }

  private static Query onField(Query query, String field) {
    if (query instanceof org.apache.lucene.search.BoostQuery b) {
      return onField(b.getQuery(), field);
    }
    if (query instanceof org.apache.lucene.search.BooleanQuery bq) {
      org.apache.lucene.search.BooleanQuery.Builder out = new org.apache.lucene.search.BooleanQuery.Builder();
      int n = 0;
      for (org.apache.lucene.search.BooleanClause c : bq.clauses()) {
        if (c.occur() == org.apache.lucene.search.BooleanClause.Occur.MUST_NOT) {
          continue;
        }
        Query sub = onField(c.query(), field);
        if (sub != null) {
          out.add(sub, org.apache.lucene.search.BooleanClause.Occur.SHOULD);
          n++;
        }
      }
      return n == 0 ? null : n == 1 ? out.build().clauses().getFirst().query() : out.build();
    }
    boolean[] found = new boolean[1];
    query.visit(
        new org.apache.lucene.search.QueryVisitor() {
          @Override
          public boolean acceptField(String f) {
            if (field.equals(f)) {
              found[0] = true;
            }
            return false;
          }

          @Override
          public org.apache.lucene.search.QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return found[0] ? query : null;
  }

  /** Sentences, and paragraph ends as sentence ends too (headlines and leads have no full stop). */
  private static BreakIterator sentences() {
    return new SplittingBreakIterator(new GermanSentences(), '\n');
  }

  /**
   * Exposes the object-returning highlight method, and takes the field's text from the caller,
   * who has read the hits' stored fields already (the highlighter would read them again).
   */
  private static final class Highlighter extends UnifiedHighlighter {
    private final java.util.function.IntFunction<String> loaded;

    Highlighter(java.util.function.IntFunction<String> loaded, Builder builder) {
      super(builder);
      this.loaded = loaded;
    }

    // Lucene's default merges the field infos of every segment per highlighter, which was 4 % of a
    // search's time; the archive's searcher keeps them for its view.
    @Override
    protected org.apache.lucene.index.FieldInfo getFieldInfo(String field) {
      return searcher instanceof ArchiveSearcher a ? a.fieldInfos().fieldInfo(field) : super.getFieldInfo(field);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, org.apache.lucene.search.DocIdSetIterator docIter, int cacheCharsThreshold)
        throws IOException {
      if (fields.length != 1) {
        return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
      }
      List<CharSequence[]> out = new ArrayList<>();
      for (int doc = docIter.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
          doc = docIter.nextDoc()) {
        String text = loaded.apply(doc);
        if (text == null) {
          text = searcher.storedFields().document(doc, java.util.Set.of(fields[0])).get(fields[0]);
        }
        out.add(new CharSequence[] {text == null ? "" : text});
      }
      return out;
    }

    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] max)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docIds, max);
    }
  }

  /** Passages → snippets with merged match ranges relative to the snippet text. */
  private static final class SnippetFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Snippet> snippets = new ArrayList<>(passages.length);
      for (Passage p : passages) {
        int start = p.getStartOffset();
        int end = p.getEndOffset();
        // Trim white space (sentence breaks include the following blanks and line breaks).
        while (start < end && Character.isWhitespace(content.charAt(start))) {
          start++;
        }
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
          end--;
        }
        List<Snippet.Highlight> marks = new ArrayList<>();
        int lastEnd = -1;
        for (int i = 0; i < p.getNumMatches(); i++) {
          int ms = Math.max(p.getMatchStarts()[i], start) - start;
          int me = Math.min(p.getMatchEnds()[i], end) - start;
          if (me <= ms) {
            continue;
          }
          // Compound parts share the offsets of the whole word: merge overlaps and repeats; words
          // with only blanks or hyphens between are one mark (a phrase's words come from the
          // postings one by one).
          if (!marks.isEmpty() && (ms <= lastEnd || onlyJoiners(content, start + lastEnd, start + ms))) {
            Snippet.Highlight last = marks.removeLast();
            marks.add(new Snippet.Highlight(last.start(), Math.max(last.end(), me)));
          } else {
            marks.add(new Snippet.Highlight(ms, me));
          }
          lastEnd = marks.getLast().end();
        }
        String text = content.substring(start, end).replace('\n', ' ');
        snippets.add(new Snippet(text, marks));
      }
      return snippets;
    }

    private static boolean onlyJoiners(String content, int from, int to) {
      for (int i = from; i < to; i++) {
        char c = content.charAt(i);
        if (c != ' ' && c != '-' && c != '\u00a0') {
          return false;
        }
      }
      return true;
    }
  }
}
