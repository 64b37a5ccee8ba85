package dev.flamefix.cli;

import dev.flamefix.server.FlamefixServerApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code flamefix serve}: runs the server until it is stopped (Ctrl-C, SIGTERM or the actuator).
 * Any Spring Boot property can follow as {@code --name=value}.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the flamefix server (ingest, REST API, metrics).",
      "Any Spring Boot property may follow as --name=value,"
          + " e.g. --spring.datasource.url=jdbc:postgresql://host/db"
    })
public final class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      description = "HTTP port (default: server.port, 8080; 0 picks a free one).")
  Integer port;

  @Option(
      names = "--data-dir",
      description = "Directory of the embedded database (default: ~/.flamefix).")
  Path dataDir;

  /** Anything else, e.g. {@code --spring.datasource.url=...}, goes to Spring Boot unchanged. */
  @Unmatched List<String> springArgs = new ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    return runUntilClosed(springArguments());
  }

  /** Starts the server with these arguments and blocks until its context is closed; 0. */
  static int runUntilClosed(List<String> springArgs) throws InterruptedException {
    ConfigurableApplicationContext context = start(springArgs);
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent) {
            closed.countDown();
          }
        });
    if (context.isActive()) {
      closed.await();
    }
    return 0;
  }

  /** The Spring arguments this command's options stand for, followed by the pass-through ones. */
  List<String> springArguments() {
    List<String> args = new ArrayList<>();
    if (port != null) {
      args.add("--server.port=" + port);
    }
    if (dataDir != null) {
      args.add("--flamefix.data-dir=" + dataDir.toAbsolutePath());
    }
    args.addAll(springArgs);
    return args;
  }

  /** Starts the server with Spring Boot arguments; used by {@code serve} and later by {@code demo}. */
  public static ConfigurableApplicationContext start(List<String> springArgs) {
    SpringApplication app = new SpringApplication(FlamefixServerApplication.class);
    return app.run(springArgs.toArray(String[]::new));
  }
}
