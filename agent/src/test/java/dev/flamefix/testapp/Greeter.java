package dev.flamefix.testapp;

/** A host method for the recorder's in-process tests (outside the agent's packages on purpose). */
public final class Greeter {
  private final String greeting;

  public Greeter(String greeting) {
    this.greeting = greeting;
  }

  public String greet(String name, int times) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < times; i++) {
      out.append(greeting).append(' ').append(name).append(';');
    }
    return out.toString();
  }
}
