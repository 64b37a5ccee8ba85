package dev.flamefix.validator.sandbox;

/** A child JVM's main that tries to start a process and says whether it could. */
public final class ProcessProbe {

  private ProcessProbe() {}

  /** Prints {@code started} or {@code refused: <why>}. */
  public static void main(String[] args) {
    try {
      new ProcessBuilder("true").start().waitFor();
      System.out.println("started");
    } catch (Exception e) {
      System.out.println("refused: " + e.getMessage());
    }
  }
}
