package dev.flamefix.server.profiles;

import java.util.List;

/**
 * What the server holds for one application.
 *
 * @param name application name
 * @param events the events it has windows for, sorted
 * @param windows number of stored windows (all events)
 * @param samples total samples (all events)
 * @param firstMs start of its oldest window, epoch ms
 * @param lastMs end of its newest window, epoch ms
 */
public record AppSummary(
    String name, List<String> events, long windows, long samples, long firstMs, long lastMs) {}
