package com.example.shipping;

import java.util.List;

public class ManifestPrinter {

  public record Parcel(String id, int grams, String destination) {}

  public static String printManifest(List<Parcel> parcels) {
    String out = "";
    int totalGrams = 0;
    for (Parcel p : parcels) {
      out += p.id() + ";" + p.grams() + ";" + p.destination() + "\n";
      totalGrams += p.grams();
    }
    out += "TOTAL;" + totalGrams + "\n";
    return out;
  }
}
