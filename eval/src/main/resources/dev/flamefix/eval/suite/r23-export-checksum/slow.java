package com.example.export;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public class CsvExporter {

  /** Writes the rows to a temporary file, reads it back and returns size * 31 + byte sum. */
  public static long exportChecksum(List<String> rows) throws IOException {
    Path file = Files.createTempFile("export", ".csv");
    try {
      try (OutputStream out = new FileOutputStream(file.toFile())) {
        for (String row : rows) {
          for (byte b : row.getBytes(StandardCharsets.UTF_8)) {
            out.write(b);
          }
          out.write('\n');
        }
      }
      long size = 0;
      long sum = 0;
      try (InputStream in = new FileInputStream(file.toFile())) {
        int b;
        while ((b = in.read()) != -1) {
          size++;
          sum += b;
        }
      }
      return size * 31 + sum;
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
