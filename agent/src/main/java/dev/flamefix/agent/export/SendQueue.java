package dev.flamefix.agent.export;

import dev.flamefix.agent.profiler.StackWindow;
import java.util.ArrayDeque;

/**
 * Windows waiting to be sent, bounded by the total size of their payloads. When a new window does
 * not fit, the oldest ones are dropped (recent data is worth more to a live flame graph) and
 * counted. A window larger than the whole bound is dropped on arrival.
 */
public final class SendQueue {

  private final long boundBytes;
  private final ArrayDeque<StackWindow> windows = new ArrayDeque<StackWindow>();
  private long bytes;
  private long maxBytes;
  private long droppedWindows;
  private long droppedBytes;

  /** Creates a queue holding at most {@code boundBytes} of payload. */
  public SendQueue(long boundBytes) {
    if (boundBytes <= 0) {
      throw new IllegalArgumentException("bound must be positive");
    }
    this.boundBytes = boundBytes;
  }

  /** Appends a window, dropping the oldest ones as needed to stay within the bound. */
  public synchronized void offer(StackWindow window) {
    int size = window.payloadBytes();
    if (size > boundBytes) {
      countDrop(window);
      return;
    }
    while (bytes + size > boundBytes) {
      StackWindow oldest = windows.pollFirst();
      bytes -= oldest.payloadBytes();
      countDrop(oldest);
    }
    add(window, false);
    notifyAll();
  }

  /**
   * Puts back a window whose send failed, at the head, as it is the oldest. If newer windows have
   * filled the queue meanwhile, it is the one dropped.
   */
  public synchronized void returnFirst(StackWindow window) {
    if (bytes + window.payloadBytes() > boundBytes) {
      countDrop(window);
      return;
    }
    add(window, true);
    notifyAll();
  }

  /** Removes and returns the oldest window, waiting up to {@code timeoutMillis}; null if none. */
  public synchronized StackWindow poll(long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (windows.isEmpty()) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        return null;
      }
      wait(left);
    }
    StackWindow window = windows.pollFirst();
    bytes -= window.payloadBytes();
    return window;
  }

  private void add(StackWindow window, boolean first) {
    if (first) {
      windows.addFirst(window);
    } else {
      windows.addLast(window);
    }
    bytes += window.payloadBytes();
    maxBytes = Math.max(maxBytes, bytes);
  }

  private void countDrop(StackWindow window) {
    droppedWindows++;
    droppedBytes += window.payloadBytes();
  }

  /** The configured bound in bytes. */
  public long boundBytes() {
    return boundBytes;
  }

  /** Number of windows waiting. */
  public synchronized int size() {
    return windows.size();
  }

  /** Payload bytes waiting. */
  public synchronized long bytes() {
    return bytes;
  }

  /** Highest number of payload bytes ever waiting at once; never above the bound. */
  public synchronized long maxBytes() {
    return maxBytes;
  }

  /** Windows dropped to respect the bound. */
  public synchronized long droppedWindows() {
    return droppedWindows;
  }

  /** Payload bytes dropped to respect the bound. */
  public synchronized long droppedBytes() {
    return droppedBytes;
  }
}
