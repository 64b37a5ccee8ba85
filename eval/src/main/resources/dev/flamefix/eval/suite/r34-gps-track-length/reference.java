package com.example.gps;

import java.util.ArrayList;
import java.util.List;

public class TrackLength {

  public record Point(double lat, double lon) {}

  /** Length of the track in meters (equirectangular approximation), ignoring repeated fixes. */
  public static double lengthMeters(List<Point> fixes) {
    List<Point> track = new ArrayList<>(fixes.size());
    for (Point p : fixes) {
      if (track.isEmpty() || !track.get(track.size() - 1).equals(p)) {
        track.add(p);
      }
    }
    double total = 0;
    for (int i = 1; i < track.size(); i++) {
      Point a = track.get(i - 1);
      Point b = track.get(i);
      double x = Math.toRadians(b.lon() - a.lon()) * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
      double y = Math.toRadians(b.lat() - a.lat());
      total += Math.sqrt(x * x + y * y) * 6_371_000.0;
    }
    return total;
  }
}
