package dev.flamefix.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --server} and {@code --token}, shared by the commands that call a running server. */
public final class ServerOptions {

  @Option(names = "--server", defaultValue = "http://127.0.0.1:8080", description = "Server URL (default: ${DEFAULT-VALUE}).")
  String server;

  // The default names the variable, never its value: help output must not show a secret.
  @Option(names = "--token", defaultValue = "${env:FLAMEFIX_API_TOKEN}", description = "API token, when the server requires one: role viewer to read, operator to record (default: $FLAMEFIX_API_TOKEN).")
  String token;

  /** A client for the chosen server, waiting at most {@code requestTimeout} for each answer. */
  ServerClient client(Duration requestTimeout) {
    return new ServerClient(server, token, requestTimeout);
  }
}
