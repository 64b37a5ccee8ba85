package dev.flamefix.collector.hotspot;

/** Direction of a hotspot's share across windows; see {@link HotspotRanker} for the rule. */
public enum Trend {
  /** Its share rises across the windows. */
  GROWING,
  /** No clear change, or fewer than two windows. */
  STABLE,
  /** Its share falls across the windows. */
  SHRINKING
}
