package dev.flamefix.kb.seed;

/** Small domain records the seed cases operate on, so the code reads like application code. */
public final class SeedDomain {
  private SeedDomain() {}

  /** An order line. */
  public record Order(
      long id, String customerId, String sku, int quantity, long unitCents, String status) {}

  /** A customer. */
  public record Customer(String id, String name, String country) {}

  /** A parsed log line. */
  public record LogLine(long timestamp, String level, String service, String message) {}

  /** A sensor reading. */
  public record Reading(String sensorId, long timestamp, double value) {}

  /** Stock of one SKU in one warehouse. */
  public record StockItem(String sku, String warehouse, int onHand) {}

  /** A weighted directed graph edge. */
  public record Edge(int from, int to, int weight) {}

  /** An employee. */
  public record Employee(int id, String name, int departmentId, long salaryCents) {}

  /** A department. */
  public record Department(int id, String name) {}

  /** A 2-D point. */
  public record Point(double x, double y) {}

  /** A grid cell, used as a composite map key. */
  public record Cell(int row, int col) {}

  /** Log severities. */
  public enum Severity { TRACE, DEBUG, INFO, WARN, ERROR, FATAL }

  /** A lookup miss signalled by an exception. */
  public static final class CustomerNotFoundException extends Exception {
    public CustomerNotFoundException(String id) {
      super("no customer " + id);
    }
  }

  /** A category tree node. */
  public record Node(int key, java.util.List<Node> children) {}

  /** A message naming the class of the handler that processes it. */
  public record Message(String handlerClass, String payload) {}

  /** A mutable row as an ORM might map it. */
  public static final class ShipmentRow {
    private final String carrier;
    private final int weightGrams;

    public ShipmentRow(String carrier, int weightGrams) {
      this.carrier = carrier;
      this.weightGrams = weightGrams;
    }

    @Override
    public String toString() {
      return carrier + ":" + weightGrams;
    }
  }

  /** A JavaBean filled from CSV cells. */
  public static final class Contact {
    private String name;
    private String email;
    private String city;

    public void setName(String name) {
      this.name = name;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public void setCity(String city) {
      this.city = city;
    }

    @Override
    public String toString() {
      return name + "|" + email + "|" + city;
    }
  }

  /** A task with a deadline. */
  public record Task(String name, long deadline) {}

  /** Where to write and what. */
  public record Output(java.nio.file.Path target, byte[] data) {}

  /** Where to write and which readings. */
  public record ReadingsOutput(java.nio.file.Path target, java.util.List<Reading> readings) {}

  /** Where to copy from and to. */
  public record Copy(java.nio.file.Path source, java.nio.file.Path target) {}

  /** Message handlers instantiated by class name, as a plugin registry would. */
  public interface Handler {
    int handle(String payload);
  }

  /** Counts the payload's length. */
  public static final class LengthHandler implements Handler {
    public LengthHandler() {}

    @Override
    public int handle(String payload) {
      return payload.length();
    }
  }

  /** Counts the payload's vowels. */
  public static final class VowelHandler implements Handler {
    public VowelHandler() {}

    @Override
    public int handle(String payload) {
      int n = 0;
      for (int i = 0; i < payload.length(); i++) {
        if ("aeiou".indexOf(payload.charAt(i)) >= 0) {
          n++;
        }
      }
      return n;
    }
  }

  /** The size of a file the I/O cases wrote, so their result can be compared. */
  public static long sizeOf(java.nio.file.Path p) {
    try {
      return java.nio.file.Files.size(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
