package de.presseschau.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: the locations evaluation. */
@Command(name = "locations", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class LocationsEval implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("evaluate locations: not implemented yet");
    return 2;
  }
}
