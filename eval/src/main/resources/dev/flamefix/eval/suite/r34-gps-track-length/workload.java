package com.example.gps;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class TrackLengthWorkload {
  public static Supplier<Object> workload() {
    List<TrackLength.Point> fixes = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      fixes.add(new TrackLength.Point(48.0 + (i / 2) * 1e-4, 11.0 + (i / 2) * 2e-4));
    }
    return () -> TrackLength.lengthMeters(fixes);
  }
}
