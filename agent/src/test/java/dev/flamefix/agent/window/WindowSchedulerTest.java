package dev.flamefix.agent.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.agent.config.ProfilingEvent;
import dev.flamefix.agent.log.AgentLog;
import dev.flamefix.agent.profiler.ProfilerSource;
import dev.flamefix.agent.profiler.WindowData;
import dev.flamefix.agent.profiler.StackWindow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WindowSchedulerTest {

  /** Hands out scripted collapsed outputs; a null entry makes the cut throw. */
  static final class ScriptedSource implements ProfilerSource {
    final Deque<String> cuts = new ArrayDeque<>();
    String last = "";
    boolean started;
    boolean stopped;

    @Override
    public void start() {
      started = true;
    }

    @Override
    public WindowData cutWindow() {
      String next = cuts.isEmpty() ? "" : cuts.pollFirst();
      if ("THROW".equals(next)) {
        throw new IllegalStateException("profiler broke");
      }
      return WindowData.collapsed(next);
    }

    @Override
    public WindowData stop() {
      stopped = true;
      return WindowData.collapsed(last);
    }
  }

  private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
  private final AgentLog log = new AgentLog(new PrintStream(logBytes, true,
      StandardCharsets.UTF_8));
  private final List<StackWindow> exported = new CopyOnWriteArrayList<>();
  private final AtomicInteger cutEvents = new AtomicInteger();

  private WindowScheduler scheduler(ScriptedSource source, long windowMillis) {
    return new WindowScheduler(source, ProfilingEvent.CPU, windowMillis, exported::add, log,
        cutEvents::incrementAndGet);
  }

  @Test
  void cutsConsecutiveWindowsAndSkipsEmptyOnes() throws Exception {
    ScriptedSource source = new ScriptedSource();
    source.cuts.add("a;b 3\na 1\n");
    source.cuts.add("");
    source.cuts.add("a;c 5\n");
    WindowScheduler scheduler = scheduler(source, 3_600_000);
    scheduler.start();

    scheduler.tick();
    scheduler.tick();
    scheduler.tick();

    assertThat(source.started).isTrue();
    assertThat(exported).hasSize(2);
    assertThat(exported.get(0).samples()).isEqualTo(4);
    assertThat(exported.get(1).samples()).isEqualTo(5);
    // windows tile time: each starts where the previous cut (empty or not) ended
    assertThat(exported.get(1).startEpochMillis())
        .isGreaterThanOrEqualTo(exported.get(0).endEpochMillis());
    assertThat(exported.get(0).endEpochMillis())
        .isGreaterThanOrEqualTo(exported.get(0).startEpochMillis());
    assertThat(scheduler.cutWindows()).isEqualTo(3);
    assertThat(scheduler.emptyWindows()).isEqualTo(1);
    assertThat(cutEvents.get()).isEqualTo(3);
  }

  @Test
  void stopEmitsTheLastPartialWindowOnce() throws Exception {
    ScriptedSource source = new ScriptedSource();
    source.last = "x;y 2\n";
    WindowScheduler scheduler = scheduler(source, 3_600_000);
    scheduler.start();

    scheduler.stop();
    scheduler.stop();
    scheduler.tick();

    assertThat(source.stopped).isTrue();
    assertThat(exported).hasSize(1);
    assertThat(exported.get(0).samples()).isEqualTo(2);
  }

  @Test
  void aFailingProfilerIsLoggedOnceAndStopped() throws Exception {
    ScriptedSource source = new ScriptedSource();
    source.cuts.add("THROW");
    source.cuts.add("a 1\n");
    WindowScheduler scheduler = scheduler(source, 3_600_000);
    scheduler.start();

    scheduler.tick();
    scheduler.tick();

    assertThat(exported).isEmpty();
    assertThat(source.stopped).isTrue();
    assertThat(logBytes.toString(StandardCharsets.UTF_8).lines()).hasSize(1).first().asString()
        .contains("profiler failed").contains("profiler broke");
  }

  @Test
  void theClockCutsWindowsOnItsOwnDaemonThread() throws Exception {
    ScriptedSource source = new ScriptedSource();
    for (int i = 0; i < 100; i++) {
      source.cuts.add("a 1\n");
    }
    WindowScheduler scheduler = new WindowScheduler(source, ProfilingEvent.CPU, 50,
        w -> {
          assertThat(Thread.currentThread().isDaemon()).isTrue();
          exported.add(w);
        }, log, () -> { });
    scheduler.start();
    // Polled: a generous deadline costs nothing when the scheduler works.
    long deadline = System.currentTimeMillis() + 60_000;
    while (exported.size() < 3 && System.currentTimeMillis() < deadline) {
      Thread.sleep(10);
    }
    scheduler.stop();

    assertThat(exported.size()).isGreaterThanOrEqualTo(3);
  }
}
