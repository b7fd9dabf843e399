package de.presseschau.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./evaluate}: quality and speed figures over the data in ../shared. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Measures Presseschau on the development data in ../shared and prints the figures.",
    subcommands = {SpeakersEval.class, LocationsEval.class, RelevanceEval.class})
public final class EvalMain implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new EvalMain()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
