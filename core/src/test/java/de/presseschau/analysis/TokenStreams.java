package de.presseschau.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Renders a token stream as text: tokens separated by spaces, same-position tokens by '|'. */
final class TokenStreams {
  private TokenStreams() {}

  static String render(Analyzer analyzer, String text) {
    return render(analyzer, "body", text);
  }

  static String render(Analyzer analyzer, String field, String text) {
    List<String> positions = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() == 0 && !positions.isEmpty()) {
          positions.set(positions.size() - 1, positions.getLast() + "|" + term);
        } else {
          positions.add(term.toString());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return String.join(" ", positions);
  }

  /** Every token with its start and end offset: "buro[4,19]". */
  static String renderOffsets(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(term + "[" + offsets.startOffset() + "," + offsets.endOffset() + "]");
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return String.join(" ", tokens);
  }

  /**
   * Every token of a stream with offsets, position increment and (if asked) type, then the
   * stream's end state: for comparing two analyses token for token.
   */
  static String renderAll(TokenStream stream, boolean withType) throws IOException {
    StringBuilder out = new StringBuilder();
    try (TokenStream ts = stream) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      org.apache.lucene.analysis.tokenattributes.TypeAttribute type =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.append(term).append('[').append(off.startOffset()).append(',').append(off.endOffset())
            .append(",+").append(inc.getPositionIncrement());
        if (withType) {
          out.append(',').append(type.type());
        }
        out.append("] ");
      }
      ts.end();
      out.append("end[").append(off.endOffset()).append(",+").append(inc.getPositionIncrement()).append(']');
    }
    return out.toString();
  }
}
