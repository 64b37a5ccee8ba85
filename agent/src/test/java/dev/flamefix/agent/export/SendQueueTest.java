package dev.flamefix.agent.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.agent.config.ProfilingEvent;
import dev.flamefix.agent.profiler.StackWindow;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SendQueueTest {

  /** A window whose gzip payload is at least {@code minBytes} (random text barely compresses). */
  static StackWindow window(long start, int minBytes) {
    Random random = new Random(start);
    StringBuilder collapsed = new StringBuilder();
    while (collapsed.length() < minBytes * 2) {
      collapsed.append("a.B.m").append(Long.toHexString(random.nextLong())).append(" 1\n");
    }
    return StackWindow.of(ProfilingEvent.CPU, start, start + 1000, collapsed.toString());
  }

  @Test
  void dropsTheOldestWindowsWhenANewOneDoesNotFit() throws Exception {
    StackWindow first = window(1, 400);
    StackWindow second = window(2, 400);
    StackWindow third = window(3, 400);
    SendQueue queue = new SendQueue(first.payloadBytes() + second.payloadBytes() + 10);

    queue.offer(first);
    queue.offer(second);
    queue.offer(third);

    assertThat(queue.size()).isEqualTo(2);
    assertThat(queue.droppedWindows()).isEqualTo(1);
    assertThat(queue.droppedBytes()).isEqualTo(first.payloadBytes());
    assertThat(queue.poll(0)).isSameAs(second);
    assertThat(queue.poll(0)).isSameAs(third);
    assertThat(queue.poll(10)).isNull();
    assertThat(queue.bytes()).isZero();
  }

  @Test
  void neverHoldsMoreThanItsBound() {
    SendQueue queue = new SendQueue(5_000);
    for (int i = 0; i < 200; i++) {
      queue.offer(window(i, 200 + (i * 37) % 1500));
      assertThat(queue.bytes()).isLessThanOrEqualTo(5_000);
    }
    assertThat(queue.maxBytes()).isLessThanOrEqualTo(5_000).isPositive();
    assertThat(queue.droppedWindows() + queue.size()).isEqualTo(200);
  }

  @Test
  void aWindowLargerThanTheBoundIsDroppedOnArrival() {
    SendQueue queue = new SendQueue(1024);
    StackWindow small = window(1, 100);
    queue.offer(small);
    StackWindow huge = window(2, 4000);

    queue.offer(huge);

    assertThat(queue.size()).isEqualTo(1);
    assertThat(queue.droppedBytes()).isEqualTo(huge.payloadBytes());
  }

  @Test
  void aReturnedWindowGoesFirstOrIsDroppedIfNewerOnesFilledTheQueue() throws Exception {
    StackWindow a = window(1, 400);
    StackWindow b = window(2, 400);
    SendQueue queue = new SendQueue(a.payloadBytes() + b.payloadBytes());
    queue.offer(a);
    StackWindow inFlight = queue.poll(0);

    queue.returnFirst(inFlight);
    assertThat(queue.poll(0)).isSameAs(a);

    queue.offer(b);
    queue.offer(window(3, 400));
    queue.returnFirst(a);
    assertThat(queue.droppedWindows()).isGreaterThanOrEqualTo(1);
    assertThat(queue.bytes()).isLessThanOrEqualTo(queue.boundBytes());
  }
}
