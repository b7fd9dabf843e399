package de.presseschau.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.CloseableThreadLocal;

/**
 * The index-time analysis of a text for all three text fields in one pass: the German chain of
 * {@link GermanNewsAnalyzer} (title and body fields), the same without compound parts (the whole-word
 * field: what the chain gives with decompounding off, since parts only ever stand after their
 * compound at its position) and the lower-cased words (the spelling field, tapped after the
 * lower-casing). Tokenising and folding once instead of three times made analysis about twice as
 * fast. The query side keeps the per-field analyzers of {@link Analyzers}; a test holds both to
 * the same tokens.
 *
 * <p>Thread-safe: each thread reuses its own chain.
 */
public final class IndexAnalysis implements AutoCloseable {

  private final AnalysisOptions options;
  private final Decompounder decompounder;
  private final CharArraySet stopWords;
  private final CloseableThreadLocal<Chain> chains = new CloseableThreadLocal<>();

  /**
   * @param options the German chain's options ({@link AnalysisOptions.Chain#PRESSESCHAU} only)
   * @param decompounder compound splitter; may be null when decompounding is off
   */
  public IndexAnalysis(AnalysisOptions options, Decompounder decompounder) {
    if (options.chain() != AnalysisOptions.Chain.PRESSESCHAU) {
      throw new IllegalArgumentException("one-pass analysis is for Presseschau's German chain only");
    }
    if (options.decompound() && decompounder == null) {
      throw new IllegalArgumentException("decompounding needs a Decompounder");
    }
    this.options = options;
    this.decompounder = decompounder;
    this.stopWords = GermanStopWords.set(options.questionWords(), options.foldAccents());
  }

  /** The analysed text, ready to be replayed as each field's token stream. */
  public Analysed analyse(String text) {
    Chain chain = chains.get();
    if (chain == null) {
      chain = new Chain();
      chains.set(chain);
    }
    return chain.run(text);
  }

  @Override
  public void close() {
    chains.close();
  }

  /** One thread's analysis chain with its taps. */
  private final class Chain {
    final StandardTokenizer tokenizer = new StandardTokenizer();
    final Tap spelling;
    final TokenStream last;
    final CharTermAttribute term;
    final PositionIncrementAttribute posInc;
    final OffsetAttribute offset;
    final TypeAttribute type;

    Chain() {
      spelling = new Tap(new LowerCaseFilter(tokenizer));
      last = GermanNewsAnalyzer.afterLowerCasing(spelling, options, stopWords, decompounder);
      term = last.getAttribute(CharTermAttribute.class);
      posInc = last.getAttribute(PositionIncrementAttribute.class);
      offset = last.getAttribute(OffsetAttribute.class);
      type = last.addAttribute(TypeAttribute.class);
    }

    Analysed run(String text) {
      Tokens german = new Tokens();
      spelling.into = new Tokens();
      try {
        tokenizer.setReader(new ColonBreaksWordsFilter(new StringReader(text)));
        last.reset();
        while (last.incrementToken()) {
          german.add(term.buffer(), term.length(), posInc.getPositionIncrement(), offset.startOffset(),
              offset.endOffset(), CompoundWordTokenFilterBase.TOKEN_TYPE_SUBWORD.equals(type.type()));
        }
        last.end();
        german.end(posInc.getPositionIncrement(), offset.endOffset());
        spelling.into.end(0, offset.endOffset());
        return new Analysed(german, spelling.into);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringReader does not fail
      } finally {
        try {
          last.close();
        } catch (IOException e) {
          // nothing was opened that could fail to close
        }
      }
    }
  }

  /** Records the lower-cased words passing through, for the spelling field. */
  private static final class Tap extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    Tokens into;

    Tap(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      into.add(term.buffer(), term.length(), posInc.getPositionIncrement(), offset.startOffset(), offset.endOffset(), false);
      return true;
    }
  }

  /** One text analysed: its token streams for each kind of field. Each stream may be taken once. */
  public static final class Analysed {
    private final Tokens german;
    private final Tokens spelling;

    Analysed(Tokens german, Tokens spelling) {
      this.german = german;
      this.spelling = spelling;
    }

    /** The German chain's tokens, compounds followed by their parts (title and body fields). */
    public TokenStream german() {
      return german.replay(false);
    }

    /** The German chain's tokens without compound parts (the whole-word field). */
    public TokenStream whole() {
      return german.replay(true);
    }

    /** The lower-cased words (the spelling field). */
    public TokenStream spelling() {
      return spelling.replay(false);
    }
  }

  /** Recorded tokens: terms, position increments, offsets, and which are compound parts. */
  static final class Tokens {
    private char[] chars = new char[1024];
    private int charCount;
    private int[] termEnd = new int[128];
    private int[] posInc = new int[128];
    private int[] start = new int[128];
    private int[] end = new int[128];
    private boolean[] part = new boolean[128];
    private int size;
    private int finalPosInc;
    private int finalOffset;

    void add(char[] buf, int len, int inc, int startOffset, int endOffset, boolean isPart) {
      if (charCount + len > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + len));
      }
      System.arraycopy(buf, 0, chars, charCount, len);
      charCount += len;
      if (size == termEnd.length) {
        int n = size * 2;
        termEnd = Arrays.copyOf(termEnd, n);
        posInc = Arrays.copyOf(posInc, n);
        start = Arrays.copyOf(start, n);
        end = Arrays.copyOf(end, n);
        part = Arrays.copyOf(part, n);
      }
      termEnd[size] = charCount;
      posInc[size] = inc;
      start[size] = startOffset;
      end[size] = endOffset;
      part[size] = isPart;
      size++;
    }

    void end(int finalInc, int offset) {
      finalPosInc = finalInc;
      finalOffset = offset;
    }

    TokenStream replay(boolean skipParts) {
      return new Replay(this, skipParts);
    }
  }

  /** Plays recorded tokens back as a token stream. */
  private static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final Tokens tokens;
    private final boolean skipParts;
    private int next;

    Replay(Tokens tokens, boolean skipParts) {
      this.tokens = tokens;
      this.skipParts = skipParts;
    }

    @Override
    public boolean incrementToken() {
      while (next < tokens.size && skipParts && tokens.part[next]) {
        next++;
      }
      if (next >= tokens.size) {
        return false;
      }
      clearAttributes();
      int from = next == 0 ? 0 : tokens.termEnd[next - 1];
      term.copyBuffer(tokens.chars, from, tokens.termEnd[next] - from);
      posInc.setPositionIncrement(tokens.posInc[next]);
      offset.setOffset(tokens.start[next], tokens.end[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws java.io.IOException {
      super.end();
      posInc.setPositionIncrement(tokens.finalPosInc);
      offset.setOffset(tokens.finalOffset, tokens.finalOffset);
    }

    @Override
    public void reset() throws java.io.IOException {
      super.reset();
      next = 0;
    }
  }
}
