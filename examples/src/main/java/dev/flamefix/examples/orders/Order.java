package dev.flamefix.examples.orders;

/** One order line, as the sample service sees it. */
public record Order(String id, String customerId, String sku, int quantity, long priceCents) {}
