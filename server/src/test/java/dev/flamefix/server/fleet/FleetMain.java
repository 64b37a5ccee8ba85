package dev.flamefix.server.fleet;

import dev.flamefix.server.FlamefixServerApplication;
import org.springframework.boot.SpringApplication;

/** The server application's entry point for {@link FleetProcess} (the product starts it through the cli). */
public final class FleetMain {
  private FleetMain() {}

  public static void main(String[] args) {
    SpringApplication.run(FlamefixServerApplication.class, args);
  }
}
