package org.hadath.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hadath} command line: {@code parse}, and the commands of the later layers.
 * Run {@code ./hadath --help} for the list.
 */
@Command(name = "hadath", mixinStandardHelpOptions = true, version = "hadath 0.1.0",
    description = "Typed event frames from Arabic news (STRIKE, CLASH, BOMBING, EVACUATION, SURRENDER).",
    subcommands = {ParseCommand.class, EntitiesCommand.class, ExtractCommand.class, ServeCommand.class, EvaluateCommand.class, BenchCommand.class,
        IncidentsCommand.class, TrainSpecificityCommand.class})
public final class HadathCli implements Runnable {

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  /** Entry point. */
  public static void main(String[] args) {
    // CoreNLP logs model loading at INFO; the CLI keeps stderr for warnings and errors.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
        System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.exit(new CommandLine(new HadathCli()).execute(args));
  }
}
