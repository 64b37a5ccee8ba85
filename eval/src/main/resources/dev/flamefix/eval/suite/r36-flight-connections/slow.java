package com.example.travel;

import java.util.List;

public class FlightConnector {

  public record Flight(String number, String airport, int minuteOfDay) {}

  /** Pairs (arrival, departure) at the same airport with a layover in [minLayover, maxLayover] minutes. */
  public static int countConnections(List<Flight> arrivals, List<Flight> departures, int minLayover, int maxLayover) {
    int count = 0;
    for (Flight in : arrivals) {
      for (Flight out : departures) {
        int layover = out.minuteOfDay() - in.minuteOfDay();
        if (in.airport().equals(out.airport()) && layover >= minLayover && layover <= maxLayover) {
          count++;
        }
      }
    }
    return count;
  }
}
