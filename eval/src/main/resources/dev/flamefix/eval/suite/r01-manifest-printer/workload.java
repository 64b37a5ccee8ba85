package com.example.shipping;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class ManifestPrinterWorkload {
  public static Supplier<Object> workload() {
    List<ManifestPrinter.Parcel> parcels = new ArrayList<>();
    String[] cities = {"Lyon", "Porto", "Gdansk", "Turku", "Bilbao"};
    for (int i = 0; i < 600; i++) {
      parcels.add(new ManifestPrinter.Parcel("PX-" + (100000 + i), 250 + (i * 37) % 9000, cities[i % cities.length]));
    }
    return () -> ManifestPrinter.printManifest(parcels);
  }
}
