package com.example.spelling;

import java.util.function.Supplier;

public final class TypoDistanceWorkload {
  public static Supplier<Object> workload() {
    return () -> TypoDistance.editDistance("seperate", "separate");
  }
}
