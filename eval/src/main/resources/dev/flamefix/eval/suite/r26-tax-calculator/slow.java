package com.example.billing;

import java.util.Locale;

public class TaxCalculator {

  public static long[] withTax(long[] netCents, String region) {
    long[] gross = new long[netCents.length];
    for (int i = 0; i < netCents.length; i++) {
      int basisPoints = rateFor(region);
      gross[i] = netCents[i] + Math.round(netCents[i] * basisPoints / 10_000.0);
    }
    return gross;
  }

  private static int rateFor(String region) {
    String code = region.trim().toUpperCase(Locale.ROOT);
    switch (code) {
      case "DE": return 1900;
      case "FR": return 2000;
      case "LU": return 1700;
      case "UK": return 2000;
      default:
        if (code.startsWith("US-")) {
          return 725;
        }
        throw new IllegalArgumentException("unknown region " + region);
    }
  }
}
