package com.example.mapping;

import java.util.List;

public class RowMapper {

  public record Person(String name, int age, String city) {}

  public static String toCsv(List<Person> people) {
    StringBuilder out = new StringBuilder(people.size() * 24);
    for (Person p : people) {
      out.append(p.name()).append(',').append(p.age()).append(',').append(p.city()).append('\n');
    }
    return out.toString();
  }
}
