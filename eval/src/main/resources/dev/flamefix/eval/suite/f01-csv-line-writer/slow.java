package com.example.csv;

import java.util.List;

public class CsvLineWriter {

  /** Joins fields with commas, quoting any field that contains a comma, quote or newline. */
  public static String join(List<String> fields) {
    StringBuilder out = new StringBuilder(fields.size() * 12);
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String f = fields.get(i);
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0) {
        out.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        out.append(f);
      }
    }
    return out.toString();
  }
}
