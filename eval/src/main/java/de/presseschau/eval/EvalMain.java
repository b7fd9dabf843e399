package de.presseschau.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./evaluate}: quality and speed figures over the data in ../shared. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Measures Presseschau on the development data in ../shared and prints the figures.",
    subcommands = {SpeakersEval.class, LocationsEval.class, AuditEval.class, RelevanceEval.class, SpeedBench.class, ParityEval.class})
public final class EvalMain implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Lucene warns on every start that the vector API is off; Presseschau uses no vector search. */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

  public static void main(String[] args) {
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(new CommandLine(new EvalMain()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
