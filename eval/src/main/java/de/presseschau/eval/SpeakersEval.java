package de.presseschau.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: the speakers evaluation. */
@Command(name = "speakers", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class SpeakersEval implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("evaluate speakers: not implemented yet");
    return 2;
  }
}
