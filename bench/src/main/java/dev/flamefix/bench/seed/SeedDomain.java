package dev.flamefix.bench.seed;

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
}
