package com.example.finance;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

public class AmountFormatter {

  public static List<String> formatAll(long[] cents) {
    List<String> out = new ArrayList<>(cents.length);
    for (long c : cents) {
      DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
      out.add(format.format(BigDecimal.valueOf(c, 2)));
    }
    return out;
  }
}
