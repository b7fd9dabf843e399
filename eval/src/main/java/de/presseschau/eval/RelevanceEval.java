package de.presseschau.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: the relevance evaluation. */
@Command(name = "relevance", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class RelevanceEval implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("evaluate relevance: not implemented yet");
    return 2;
  }
}
