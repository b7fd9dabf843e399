package de.presseschau.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A query in Presseschau's own model: what was asked, in words as typed, independent of any
 * search backend. {@link QueryParser} makes it from query text, {@link QueryRewrite} adds the
 * ranking clauses, and each backend renders it (the embedded index to a Lucene query).
 *
 * <p>Words are kept as the user wrote them; each backend analyses them as its fields do. Every
 * node is an immutable record, and {@code toString()} shows the query in a compact notation that
 * tests compare against, e.g. {@code (text:Japan text:Rakete words:"Japan Rakete"~4)}.
 */
public sealed interface QueryNode {

  /** Where a word is looked for. */
  enum Scope {
    /** Title, body and whole words, with the ranking's weights: what unfielded words search. */
    TEXT,
    TITLE,
    BODY,
    /** Whole (unsplit) words of title and body: joined compounds, proximity, typos. */
    WORDS,
    SPEAKER,
    LOCATION,
    /** The outlet, matched exactly (case aside). */
    SOURCE,
    /** The article id, matched exactly. */
    ID;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** How a clause of a {@link Bool} takes part. */
  enum Occur {
    /** Must match; adds to the score. */
    MUST("+"),
    /** May match; adds to the score. In a group without MUST clauses one of them must match. */
    SHOULD(""),
    /** Must not match. */
    MUST_NOT("-"),
    /** Must match; does not change the score. */
    FILTER("#");

    private final String sign;

    Occur(String sign) {
      this.sign = sign;
    }
  }

  /** Every article. */
  record All() implements QueryNode {
    @Override
    public String toString() {
      return "*";
    }
  }

  /** One word as typed. */
  record Term(Scope scope, String text) implements QueryNode {
    public Term {
      Objects.requireNonNull(scope);
      Objects.requireNonNull(text);
    }

    @Override
    public String toString() {
      return scope.label() + ":" + text;
    }
  }

  /**
   * Words in this order, at most {@code slop} moves apart (0: next to each other). Phrases match
   * the words as written: inflection and umlaut spelling aside, never a part of a compound.
   */
  record Phrase(Scope scope, String text, int slop) implements QueryNode {
    public Phrase {
      Objects.requireNonNull(scope);
      Objects.requireNonNull(text);
      if (slop < 0) {
        throw new IllegalArgumentException("slop must not be negative");
      }
    }

    @Override
    public String toString() {
      return scope.label() + ":\"" + text + "\"" + (slop == 0 ? "" : "~" + slop);
    }
  }

  /** Words that start with {@code text} ({@code Stolt*}). */
  record Prefix(Scope scope, String text) implements QueryNode {
    @Override
    public String toString() {
      return scope.label() + ":" + text + "*";
    }
  }

  /**
   * Words matching a pattern of {@code *} (any letters) and {@code ?} (one letter); a backslash
   * makes the next character literal.
   */
  record Wildcard(Scope scope, String pattern) implements QueryNode {
    @Override
    public String toString() {
      return scope.label() + ":" + pattern;
    }
  }

  /** Words matching a regular expression (Lucene's syntax, which most backends share). */
  record Regexp(Scope scope, String pattern) implements QueryNode {
    @Override
    public String toString() {
      return scope.label() + ":/" + pattern + "/";
    }
  }

  /** Words at most {@code maxEdits} (1 or 2) letters away from {@code text}, as asked by {@code ~}. */
  record Fuzzy(Scope scope, String text, int maxEdits) implements QueryNode {
    public Fuzzy {
      if (maxEdits < 0 || maxEdits > 2) {
        throw new IllegalArgumentException("maxEdits must be 0, 1 or 2, got " + maxEdits);
      }
    }

    @Override
    public String toString() {
      return scope.label() + ":" + text + "~" + maxEdits;
    }
  }

  /**
   * Typo tolerance: when no article contains {@code text}, the words one or two letters away
   * (by the word's length); a word that occurs matches nothing here.
   */
  record Typo(Scope scope, String text) implements QueryNode {
    @Override
    public String toString() {
      return "typo(" + scope.label() + ":" + text + ")";
    }
  }

  /** Articles published in a span of days; a null end is open. */
  record DateRange(LocalDate from, LocalDate to) implements QueryNode {
    public DateRange {
      if (from != null && to != null && from.isAfter(to)) {
        throw new IllegalArgumentException("from " + from + " is after to " + to);
      }
    }

    @Override
    public String toString() {
      return "date:[" + (from == null ? "*" : from) + " TO " + (to == null ? "*" : to) + "]";
    }
  }

  /** Clauses combined: see {@link Occur}. */
  record Bool(List<Clause> clauses) implements QueryNode {
    public Bool {
      clauses = List.copyOf(clauses);
    }

    @Override
    public String toString() {
      return clauses.stream().map(Clause::toString).collect(Collectors.joining(" ", "(", ")"));
    }
  }

  /** One clause of a {@link Bool}. */
  record Clause(Occur occur, QueryNode node) {
    public Clause {
      Objects.requireNonNull(occur);
      Objects.requireNonNull(node);
    }

    @Override
    public String toString() {
      return occur.sign + node;
    }
  }

  /** A part of the query that counts {@code boost} times as much. */
  record Boosted(QueryNode node, float boost) implements QueryNode {
    @Override
    public String toString() {
      return node + "^" + (boost == (int) boost ? String.valueOf((int) boost) : String.valueOf(boost));
    }
  }
}
