package de.presseschau.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;

/** The German stop words Presseschau drops: Lucene's (Snowball) list. */
final class GermanStopWords {
  static final CharArraySet SET = GermanAnalyzer.getDefaultStopSet();

  private GermanStopWords() {}
}
