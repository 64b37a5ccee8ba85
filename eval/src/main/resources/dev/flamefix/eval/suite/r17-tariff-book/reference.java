package com.example.postal;

import java.util.ArrayList;
import java.util.List;

public class TariffBook {

  private final List<Integer> maxGrams = new ArrayList<>();
  private final List<Integer> priceCents = new ArrayList<>();

  /** Bands are (max weight in grams, price in cents), ascending by weight. */
  public TariffBook(List<int[]> bands) {
    for (int[] band : bands) {
      maxGrams.add(band[0]);
      priceCents.add(band[1]);
    }
  }

  /** Total postage for the parcels; a parcel heavier than every band is refused. */
  public long priceAll(int[] parcelGrams) {
    long total = 0;
    for (int grams : parcelGrams) {
      int band = -1;
      for (int i = 0; i < maxGrams.size(); i++) {
        if (grams <= maxGrams.get(i)) {
          band = i;
          break;
        }
      }
      if (band < 0) {
        throw new IllegalArgumentException("too heavy: " + grams + " g");
      }
      total += priceCents.get(band);
    }
    return total;
  }
}
