package com.example.fx;

import java.util.function.Supplier;

public final class CurrencyConverterWorkload {
  public static Supplier<Object> workload() {
    String[] codes = {"USD", "GBP", "EUR", "CHF", "JPY", "SEK"};
    long[] amounts = new long[600];
    String[] currencies = new String[600];
    for (int i = 0; i < amounts.length; i++) {
      amounts[i] = 100 + (i * 7919L) % 1_000_000;
      currencies[i] = codes[i % codes.length];
    }
    return () -> CurrencyConverter.toEuroCents(amounts, currencies);
  }
}
