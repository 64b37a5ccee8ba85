package com.example.shipping;

import java.util.List;

public class ManifestPrinter {

  public record Parcel(String id, int grams, String destination) {}

  public static String printManifest(List<Parcel> parcels) {
    StringBuilder out = new StringBuilder(parcels.size() * 32 + 16);
    int totalGrams = 0;
    for (Parcel p : parcels) {
      out.append(p.id()).append(';').append(p.grams()).append(';').append(p.destination()).append('\n');
      totalGrams += p.grams();
    }
    out.append("TOTAL;").append(totalGrams).append('\n');
    return out.toString();
  }
}
