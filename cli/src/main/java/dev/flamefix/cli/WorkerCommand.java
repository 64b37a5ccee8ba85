package dev.flamefix.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code flamefix worker}: a validation worker. It runs only candidate validation (compile,
 * differential testing, JMH, all in sandboxed children), taking the validations that servers with
 * {@code flamefix.validation.mode=remote} queue in the shared PostgreSQL; it serves no ingest and
 * no API, only {@code /actuator} for probes and metrics.
 */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description = {
      "Run a validation worker: candidate validation only, from the queue in the shared database.",
      "Point it at the servers' PostgreSQL (--spring.datasource.url=... or SPRING_DATASOURCE_URL);"
          + " the servers set flamefix.validation.mode=remote (FLAMEFIX_VALIDATION_MODE).",
      "Any Spring Boot property may follow as --name=value."
    })
public final class WorkerCommand implements Callable<Integer> {

  @Option(names = "--port", description = "HTTP port of /actuator (default: server.port, 8080; 0 picks a free one).")
  Integer port;

  @Option(names = "--data-dir", description = "Directory for the worker's scratch data (default: ~/.flamefix).")
  Path dataDir;

  @Option(names = "--threads", description = "Validations run at once (default 1: JMH wants quiet cores).")
  Integer threads;

  /** Anything else, e.g. {@code --spring.datasource.url=...}, goes to Spring Boot unchanged. */
  @Unmatched List<String> springArgs = new ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    return ServeCommand.runUntilClosed(springArguments());
  }

  /** The Spring arguments: the worker role, this command's options, then the pass-through ones. */
  List<String> springArguments() {
    List<String> args = new ArrayList<>();
    args.add("--flamefix.fleet.role=worker");
    if (port != null) args.add("--server.port=" + port);
    if (dataDir != null) args.add("--flamefix.data-dir=" + dataDir.toAbsolutePath());
    if (threads != null) args.add("--flamefix.validation.worker-threads=" + threads);
    args.addAll(springArgs);
    return args;
  }
}
