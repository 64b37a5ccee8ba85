package com.example.export;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
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
      try (OutputStream out = new BufferedOutputStream(new FileOutputStream(file.toFile()), 65536)) {
        for (String row : rows) {
          out.write(row.getBytes(StandardCharsets.UTF_8));
          out.write('\n');
        }
      }
      long size = 0;
      long sum = 0;
      try (InputStream in = new BufferedInputStream(new FileInputStream(file.toFile()), 65536)) {
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
