package com.example.weather;

import java.util.stream.Collectors;
import java.util.stream.DoubleStream;

public class TemperatureStats {

  public static double averageAbove(double[] temps, double threshold) {
    return DoubleStream.of(temps)
        .boxed()
        .filter(t -> t > threshold)
        .collect(Collectors.averagingDouble(Double::doubleValue));
  }
}
