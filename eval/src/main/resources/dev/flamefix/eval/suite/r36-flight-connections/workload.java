package com.example.travel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class FlightConnectorWorkload {
  public static Supplier<Object> workload() {
    String[] hubs = {"FRA", "AMS", "CDG", "MAD", "VIE", "CPH", "ZRH", "LIS", "DUB", "ARN"};
    List<FlightConnector.Flight> arrivals = new ArrayList<>();
    List<FlightConnector.Flight> departures = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      arrivals.add(new FlightConnector.Flight("IN" + i, hubs[i % hubs.length], (i * 37) % 1440));
      departures.add(new FlightConnector.Flight("OUT" + i, hubs[(i * 3) % hubs.length], (i * 53) % 1440));
    }
    return () -> FlightConnector.countConnections(arrivals, departures, 45, 240);
  }
}
