package dev.flamefix.bench.seed;

import dev.flamefix.bench.seed.SeedDomain.Reading;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Seeds for {@code unbuffered-io}: byte- or int-at-a-time reads and writes straight to a file. */
final class UnbufferedIoSeeds {
  private static final String CAT = SeedCategories.UNBUFFERED_IO;

  private UnbufferedIoSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of(
        new ReadByteChecksum(), new WriteBytePerByte(), new FileReaderCountLines(), new DataOutputInts(),
        new DataInputInts(), new RandomAccessPerByte(), new CopyByteByByte(), new ReadLineByBytes(),
        new PrintStreamUnbuffered(), new NioInputStreamRead());
  }

  static Path file(String prefix, int size, long seed) {
    return SeedData.tempFile(prefix, SeedData.bytes(size, seed));
  }

  static Path textFile(String prefix, int lines, long seed) {
    return SeedData.tempFile(prefix, SeedData.text(lines, 8, seed).getBytes(StandardCharsets.UTF_8));
  }

  static Path emptyFile(String prefix) {
    return SeedData.tempFile(prefix, new byte[0]);
  }

  static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where to write and what. */
  record Output(Path target, byte[] data) {}

  /** Where to write and which readings. */
  record ReadingsOutput(Path target, List<Reading> readings) {}

  /** Where to copy from and to. */
  record Copy(Path source, Path target) {}

  static final class ReadByteChecksum extends SeedCase<Path> {
    ReadByteChecksum() {
      super("io-fileinputstream-read-byte", CAT,
          "1. Wraps the FileInputStream in a BufferedInputStream so read() serves bytes from an 8 KB buffer; 2. One system call per 8 KB replaces one system call per byte.",
          () -> file("read", 6000, 221),
          () -> List.of(emptyFile("read0"), file("read1", 1, 2)),
          Slow::adler, Fast::adler);
    }

    static final class Slow {
      static long adler(Path file) {
        long a = 1;
        long b = 0;
        try (InputStream in = new FileInputStream(file.toFile())) {
          int c;
          while ((c = in.read()) != -1) {
            a = (a + c) % 65521;
            b = (b + a) % 65521;
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return (b << 16) | a;
      }
    }

    static final class Fast {
      static long adler(Path file) {
        long a = 1;
        long b = 0;
        try (InputStream in = new BufferedInputStream(new FileInputStream(file.toFile()))) {
          int c;
          while ((c = in.read()) != -1) {
            a = (a + c) % 65521;
            b = (b + a) % 65521;
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return (b << 16) | a;
      }
    }
  }

  static final class WriteBytePerByte extends SeedCase<Output> {
    WriteBytePerByte() {
      super("io-fileoutputstream-write-byte", CAT,
          "1. Puts a BufferedOutputStream between the escaping loop and the FileOutputStream; 2. Bytes are written to the file in 8 KB chunks instead of one write system call per byte.",
          () -> new Output(emptyFile("write"), SeedData.bytes(5000, 222)),
          () -> List.of(new Output(emptyFile("write0"), new byte[0]), new Output(emptyFile("write1"), new byte[] {'\\'})),
          Slow::writeEscaped, Fast::writeEscaped);
    }

    static final class Slow {
      static long writeEscaped(Output job) {
        try (OutputStream out = new FileOutputStream(job.target().toFile())) {
          for (byte b : job.data()) {
            if (b == '\\' || b == '\n') {
              out.write('\\');
            }
            out.write(b);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return sizeOf(job.target());
      }
    }

    static final class Fast {
      static long writeEscaped(Output job) {
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream(job.target().toFile()))) {
          for (byte b : job.data()) {
            if (b == '\\' || b == '\n') {
              out.write('\\');
            }
            out.write(b);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return sizeOf(job.target());
      }
    }
  }

  static final class FileReaderCountLines extends SeedCase<Path> {
    FileReaderCountLines() {
      super("io-filereader-read-char", CAT,
          "1. Reads characters through a BufferedReader instead of calling FileReader.read() per character; 2. Each read no longer locks the reader and calls into the charset decoder for a single char.",
          () -> textFile("chars", 400, 223),
          () -> List.of(emptyFile("chars0"), SeedData.tempFile("chars1", "a\nb".getBytes(StandardCharsets.UTF_8))),
          Slow::countLinesAndWords, Fast::countLinesAndWords);
    }

    static final class Slow {
      static long countLinesAndWords(Path file) {
        long lines = 0;
        long words = 0;
        boolean inWord = false;
        try (Reader r = new FileReader(file.toFile(), StandardCharsets.UTF_8)) {
          int c;
          while ((c = r.read()) != -1) {
            if (c == '\n') {
              lines++;
            }
            boolean letter = Character.isLetter(c);
            if (letter && !inWord) {
              words++;
            }
            inWord = letter;
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return lines * 1_000_000 + words;
      }
    }

    static final class Fast {
      static long countLinesAndWords(Path file) {
        long lines = 0;
        long words = 0;
        boolean inWord = false;
        try (Reader r = new BufferedReader(new FileReader(file.toFile(), StandardCharsets.UTF_8))) {
          int c;
          while ((c = r.read()) != -1) {
            if (c == '\n') {
              lines++;
            }
            boolean letter = Character.isLetter(c);
            if (letter && !inWord) {
              words++;
            }
            inWord = letter;
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return lines * 1_000_000 + words;
      }
    }
  }

  static final class DataOutputInts extends SeedCase<ReadingsOutput> {
    DataOutputInts() {
      super("io-dataoutputstream-unbuffered", CAT,
          "1. Inserts a BufferedOutputStream under the DataOutputStream, because writeLong and writeInt each issue several single-byte writes; 2. Twelve system calls per reading become one per 8 KB.",
          () -> new ReadingsOutput(emptyFile("dout"), SeedData.readings(400, 4, 224)),
          () -> List.of(new ReadingsOutput(emptyFile("dout0"), List.of()), new ReadingsOutput(emptyFile("dout1"), SeedData.readings(1, 1, 1))),
          Slow::save, Fast::save);
    }

    static final class Slow {
      static long save(ReadingsOutput job) {
        try (DataOutputStream out = new DataOutputStream(new FileOutputStream(job.target().toFile()))) {
          out.writeInt(job.readings().size());
          for (Reading r : job.readings()) {
            out.writeLong(r.timestamp());
            out.writeInt((int) Math.round(r.value() * 10));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return sizeOf(job.target());
      }
    }

    static final class Fast {
      static long save(ReadingsOutput job) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(job.target().toFile())))) {
          out.writeInt(job.readings().size());
          for (Reading r : job.readings()) {
            out.writeLong(r.timestamp());
            out.writeInt((int) Math.round(r.value() * 10));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return sizeOf(job.target());
      }
    }
  }

  static Path intsFile(String prefix, int n, long seed) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      for (int v : SeedData.ints(n, 1_000_000, seed)) {
        out.writeInt(v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return SeedData.tempFile(prefix, bytes.toByteArray());
  }

  static final class DataInputInts extends SeedCase<Path> {
    DataInputInts() {
      super("io-datainputstream-unbuffered", CAT,
          "1. Reads the int records through DataInputStream over a BufferedInputStream instead of directly over FileInputStream; 2. readInt's four single-byte reads are served from memory rather than four system calls.",
          () -> intsFile("din", 1500, 225),
          () -> List.of(emptyFile("din0"), intsFile("din1", 1, 1), SeedData.tempFile("din2", new byte[] {0, 0, 1})),
          Slow::sumInts, Fast::sumInts);
    }

    static final class Slow {
      static long sumInts(Path file) {
        long sum = 0;
        try (DataInputStream in = new DataInputStream(new FileInputStream(file.toFile()))) {
          while (true) {
            sum += in.readInt();
          }
        } catch (EOFException end) {
          return sum;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    static final class Fast {
      static long sumInts(Path file) {
        long sum = 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(file.toFile())))) {
          while (true) {
            sum += in.readInt();
          }
        } catch (EOFException end) {
          return sum;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  static final class RandomAccessPerByte extends SeedCase<Path> {
    RandomAccessPerByte() {
      super("io-randomaccessfile-read-byte", CAT,
          "1. Reads the file's tail through RandomAccessFile.read(byte[]) into a buffer instead of read() per byte; 2. RandomAccessFile has no buffer of its own, so each read() was a system call.",
          () -> file("raf", 8000, 226),
          () -> List.of(emptyFile("raf0"), file("raf1", 3, 3)),
          Slow::zeroBytesInTail, Fast::zeroBytesInTail);
    }

    static final class Slow {
      static int zeroBytesInTail(Path file) {
        int zeros = 0;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
          raf.seek(raf.length() / 4);
          int b;
          while ((b = raf.read()) != -1) {
            if (b < 16) {
              zeros++;
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return zeros;
      }
    }

    static final class Fast {
      static int zeroBytesInTail(Path file) {
        int zeros = 0;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
          raf.seek(raf.length() / 4);
          byte[] buf = new byte[8192];
          int n;
          while ((n = raf.read(buf)) != -1) {
            for (int i = 0; i < n; i++) {
              if ((buf[i] & 0xff) < 16) {
                zeros++;
              }
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return zeros;
      }
    }
  }

  static final class CopyByteByByte extends SeedCase<Copy> {
    CopyByteByByte() {
      super("io-copy-byte-by-byte", CAT,
          "1. Copies with InputStream.transferTo, which moves 8 KB blocks, instead of a read()/write(int) loop over raw file streams; 2. Two system calls per byte become two per block.",
          () -> new Copy(file("copy", 4000, 227), emptyFile("copyto")),
          () -> List.of(new Copy(emptyFile("copy0"), emptyFile("copyto0")), new Copy(file("copy1", 1, 1), emptyFile("copyto1"))),
          Slow::copy, Fast::copy);
    }

    static final class Slow {
      static long copy(Copy job) {
        try (InputStream in = new FileInputStream(job.source().toFile());
            OutputStream out = new FileOutputStream(job.target().toFile())) {
          int b;
          while ((b = in.read()) != -1) {
            out.write(b);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return sizeOf(job.target());
      }
    }

    static final class Fast {
      static long copy(Copy job) {
        try (InputStream in = new FileInputStream(job.source().toFile());
            OutputStream out = new FileOutputStream(job.target().toFile())) {
          in.transferTo(out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return sizeOf(job.target());
      }
    }
  }

  static final class ReadLineByBytes extends SeedCase<Path> {
    ReadLineByBytes() {
      super("io-read-lines-by-byte-from-stream", CAT,
          "1. Wraps the raw FileInputStream of the header-parsing loop in a BufferedInputStream; 2. The byte-wise line splitting stays identical while each read() hits memory instead of the kernel.",
          () -> textFile("lines", 150, 228),
          () -> List.of(emptyFile("lines0"), SeedData.tempFile("lines1", "x".getBytes(StandardCharsets.US_ASCII))),
          Slow::lines, Fast::lines);
    }

    static final class Slow {
      static List<String> lines(Path file) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = new FileInputStream(file.toFile())) {
          StringBuilder line = new StringBuilder();
          int b;
          while ((b = in.read()) != -1) {
            if (b == '\n') {
              lines.add(line.toString());
              line.setLength(0);
            } else {
              line.append((char) b);
            }
          }
          if (line.length() > 0) {
            lines.add(line.toString());
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return lines;
      }
    }

    static final class Fast {
      static List<String> lines(Path file) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(new FileInputStream(file.toFile()), 16 * 1024)) {
          StringBuilder line = new StringBuilder();
          int b;
          while ((b = in.read()) != -1) {
            if (b == '\n') {
              lines.add(line.toString());
              line.setLength(0);
            } else {
              line.append((char) b);
            }
          }
          if (line.length() > 0) {
            lines.add(line.toString());
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return lines;
      }
    }
  }

  static final class PrintStreamUnbuffered extends SeedCase<ReadingsOutput> {
    PrintStreamUnbuffered() {
      super("io-printstream-over-raw-file", CAT,
          "1. Gives the PrintStream a BufferedOutputStream instead of a raw FileOutputStream, since PrintStream pushes every print call down to its stream; 2. Each printf no longer ends in its own write system call.",
          () -> new ReadingsOutput(emptyFile("print"), SeedData.readings(500, 5, 229)),
          () -> List.of(new ReadingsOutput(emptyFile("print0"), List.of()), new ReadingsOutput(emptyFile("print1"), SeedData.readings(1, 1, 1))),
          Slow::export, Fast::export);
    }

    static final class Slow {
      static long export(ReadingsOutput job) {
        try (PrintStream out = new PrintStream(new FileOutputStream(job.target().toFile()), false, StandardCharsets.UTF_8)) {
          for (Reading r : job.readings()) {
            out.print(r.sensorId());
            out.print(';');
            out.print(r.timestamp());
            out.print(';');
            out.println(r.value());
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return sizeOf(job.target());
      }
    }

    static final class Fast {
      static long export(ReadingsOutput job) {
        try (PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(job.target().toFile())), false, StandardCharsets.UTF_8)) {
          for (Reading r : job.readings()) {
            out.print(r.sensorId());
            out.print(';');
            out.print(r.timestamp());
            out.print(';');
            out.println(r.value());
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return sizeOf(job.target());
      }
    }
  }

  static final class NioInputStreamRead extends SeedCase<Path> {
    NioInputStreamRead() {
      super("io-files-newinputstream-read-byte", CAT,
          "1. Reads from Files.newInputStream through a BufferedInputStream, because the channel-backed stream does not buffer and read() goes to the channel for every byte; 2. Syscalls and channel bookkeeping drop from per byte to per 8 KB.",
          () -> file("nio", 6000, 230),
          () -> List.of(emptyFile("nio0"), file("nio1", 2, 2)),
          Slow::histogram, Fast::histogram);
    }

    static final class Slow {
      static int[] histogram(Path file) {
        int[] counts = new int[16];
        try (InputStream in = Files.newInputStream(file)) {
          int b;
          while ((b = in.read()) != -1) {
            counts[b >> 4]++;
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return counts;
      }
    }

    static final class Fast {
      static int[] histogram(Path file) {
        int[] counts = new int[16];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
          int b;
          while ((b = in.read()) != -1) {
            counts[b >> 4]++;
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return counts;
      }
    }
  }
}
