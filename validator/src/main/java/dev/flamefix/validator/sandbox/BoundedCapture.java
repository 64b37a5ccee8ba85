package dev.flamefix.validator.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains a child's output stream on its own thread, keeping the first and last bytes only, so a
 * candidate printing in a loop can neither block on a full pipe nor fill the host's memory.
 */
final class BoundedCapture {

  private final byte[] head;
  private final byte[] tail;
  private int headLength;
  private long tailWritten;
  private long total;
  private final Thread pump;

  BoundedCapture(InputStream in, int limitBytes, String name) {
    this.head = new byte[limitBytes / 4];
    this.tail = new byte[limitBytes - head.length];
    this.pump = new Thread(() -> drain(in), name);
    pump.setDaemon(true);
    pump.start();
  }

  private void drain(InputStream in) {
    byte[] buffer = new byte[8192];
    try (in) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        append(buffer, n);
      }
    } catch (IOException e) {
      // The child was killed and the pipe closed: what was read so far is what we report.
    }
  }

  private synchronized void append(byte[] buffer, int n) {
    for (int i = 0; i < n; i++) {
      if (headLength < head.length) {
        head[headLength++] = buffer[i];
      } else {
        tail[(int) (tailWritten++ % tail.length)] = buffer[i];
      }
    }
    total += n;
  }

  /** Waits a little for the pump to reach the end of the stream, then renders what was kept. */
  String text(long waitMillis) {
    try {
      pump.join(waitMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      StringBuilder out = new StringBuilder(new String(head, 0, headLength, StandardCharsets.UTF_8));
      if (tailWritten > 0) {
        int kept = (int) Math.min(tailWritten, tail.length);
        if (tailWritten > tail.length) {
          out.append("\n[... ").append(tailWritten - tail.length).append(" bytes dropped ...]\n");
        }
        byte[] ordered = new byte[kept];
        long start = tailWritten - kept;
        for (int i = 0; i < kept; i++) {
          ordered[i] = tail[(int) ((start + i) % tail.length)];
        }
        out.append(new String(ordered, StandardCharsets.UTF_8));
      }
      return out.toString();
    }
  }

  synchronized long totalBytes() {
    return total;
  }
}
