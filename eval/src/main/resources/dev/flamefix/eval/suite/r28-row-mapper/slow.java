package com.example.mapping;

import java.lang.reflect.RecordComponent;
import java.util.List;

public class RowMapper {

  public record Person(String name, int age, String city) {}

  public static String toCsv(List<Person> people) {
    StringBuilder out = new StringBuilder();
    for (Person p : people) {
      RecordComponent[] components = Person.class.getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        if (i > 0) {
          out.append(',');
        }
        try {
          out.append(components[i].getAccessor().invoke(p));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      out.append('\n');
    }
    return out.toString();
  }
}
