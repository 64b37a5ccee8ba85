package com.example.travel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class FlightConnector {

  public record Flight(String number, String airport, int minuteOfDay) {}

  /** Pairs (arrival, departure) at the same airport with a layover in [minLayover, maxLayover] minutes. */
  public static int countConnections(List<Flight> arrivals, List<Flight> departures, int minLayover, int maxLayover) {
    Map<String, List<Flight>> byAirport = new HashMap<>();
    for (Flight out : departures) {
      byAirport.computeIfAbsent(out.airport(), k -> new ArrayList<>()).add(out);
    }
    int count = 0;
    for (Flight in : arrivals) {
      List<Flight> candidates = byAirport.get(in.airport());
      if (candidates == null) {
        continue;
      }
      for (Flight out : candidates) {
        int layover = out.minuteOfDay() - in.minuteOfDay();
        if (layover >= minLayover && layover <= maxLayover) {
          count++;
        }
      }
    }
    return count;
  }
}
