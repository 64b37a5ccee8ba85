package dev.flamefix.cli;

import dev.flamefix.eval.EvalCommand;
import dev.flamefix.kb.KnowledgeBaseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code flamefix} command line: the main class of {@code flamefix.jar} (built by this module). Each job is a
 * subcommand ({@code serve}, {@code hotspots}, {@code record}, {@code optimize}, {@code kb}, {@code eval},
 * {@code demo}); they share one jar so a user installs one
 * thing.
 */
@Command(
    name = "flamefix",
    mixinStandardHelpOptions = true,
    versionProvider = FlamefixCommand.Version.class,
    description = "Production profiles in, verified performance patches out.",
    subcommands = {ServeCommand.class, HotspotsCommand.class, RecordCommand.class, OptimizeCommand.class, KbCommand.class,
      EvalCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class FlamefixCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its status (after {@code serve} has shut down). */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for tests and for callers that must not exit the JVM. */
  public static CommandLine commandLine() {
    return new CommandLine(new FlamefixCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, cl, parsed) -> {
          // A store that cannot be opened (Milvus down, embedded store in use) is the user's to fix:
          // one line that names it, not a stack trace.
          if (e instanceof KnowledgeBaseException) {
            cl.getErr().println("flamefix " + cl.getCommandName() + ": " + e.getMessage());
            cl.getErr().flush();
            return 1;
          }
          throw e;
        });
  }

  @Override
  public void run() {
    // No subcommand: a usage error, so scripts calling the jar without "serve" fail loudly.
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'serve'");
  }

  /** Reports the version recorded in the jar manifest (absent when run from classes). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = FlamefixCommand.class.getPackage().getImplementationVersion();
      return new String[] {"flamefix " + (v == null ? "(development build)" : v)};
    }
  }
}
