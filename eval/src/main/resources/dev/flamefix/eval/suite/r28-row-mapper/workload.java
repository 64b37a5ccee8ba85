package com.example.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class RowMapperWorkload {
  public static Supplier<Object> workload() {
    List<RowMapper.Person> people = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      people.add(new RowMapper.Person("name" + i, 18 + i % 60, "city" + (i % 40)));
    }
    return () -> RowMapper.toCsv(people);
  }
}
