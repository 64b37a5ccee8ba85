package dev.flamefix.collector.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording with the JDK's own parser ({@code jdk.jfr.consumer}), which needs a file,
 * and maps its sample events to flamefix events.
 *
 * <p>Mapping: {@code jdk.ExecutionSample} → cpu; async-profiler's {@code profiler.WallClockSample}
 * → wall (weighted by its {@code samples} field when present); {@code
 * jdk.ObjectAllocationInNewTLAB}, {@code jdk.ObjectAllocationOutsideTLAB}, {@code
 * jdk.ObjectAllocationSample} → alloc, weighted by bytes ({@code tlabSize}, {@code allocationSize}
 * or {@code weight}); {@code jdk.JavaMonitorEnter}, {@code jdk.ThreadPark} → lock, one per event.
 * Other events are ignored.
 */
final class JfrParser {

  private static final byte[] MAGIC = {'F', 'L', 'R', 0};

  private JfrParser() {}

  /**
   * Parses the recording's sample events into stacks per event; every frame's line number (which
   * async-profiler and the JDK record) goes to {@code lines}, per event.
   */
  static Map<String, StackCounts> parse(
      Payloads.Source content, IngestLimits limits, Map<String, LineCounts> lines)
      throws IngestException {
    byte[] buf = new byte[1 << 16];
    int len = 0;
    while (len < MAGIC.length) {
      int n = content.read(buf, len, buf.length - len);
      if (n < 0) {
        break;
      }
      len += n;
    }
    if (len == 0) {
      return Map.of();
    }
    if (len < MAGIC.length
        || buf[0] != MAGIC[0]
        || buf[1] != MAGIC[1]
        || buf[2] != MAGIC[2]
        || buf[3] != MAGIC[3]) {
      throw new IngestException(
          IngestException.BAD_JFR,
          "not a JFR recording: it does not start with the 'FLR\\0' magic (first bytes: "
              + hex(buf, len)
              + ")");
    }
    Path file = null;
    try {
      file = Files.createTempFile("flamefix-ingest-", ".jfr");
      // Streamed to the file chunk by chunk: the recording is never whole in memory here.
      try (OutputStream out = Files.newOutputStream(file)) {
        out.write(buf, 0, len);
        int n;
        while ((n = content.read(buf, 0, buf.length)) > 0) {
          out.write(buf, 0, n);
        }
      }
      return read(file, limits, lines);
    } catch (IngestException e) {
      throw e;
    } catch (IOException
        | RuntimeException
        | StackOverflowError
        | InternalError
        | OutOfMemoryError e) {
      // The JDK parser reports corrupt input in several ways; callers get one.
      throw new IngestException(
          IngestException.BAD_JFR,
          "JFR recording is truncated or corrupt: " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage()),
          e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // a leftover temp file is harmless; the OS temp cleaner will take it
        }
      }
    }
  }

  private static Map<String, StackCounts> read(
      Path file, IngestLimits limits, Map<String, LineCounts> linesOut)
      throws IOException, IngestException {
    Map<String, StackCounts.Builder> byEvent = new LinkedHashMap<>();
    Map<String, LineCounts.Builder> linesByEvent = new LinkedHashMap<>();
    int[] scratchLines = new int[64];
    // One builder interns for all events so frames are shared; each event gets its own counts.
    StackCounts.Builder names = StackCounts.builder();
    IdentityHashMap<RecordedMethod, String> methodNames = new IdentityHashMap<>();
    String[] scratch = new String[64];
    int maxDepth = limits.maxStackDepth();
    int distinct = 0;
    long eventNo = 0;
    try (RecordingFile recording = new RecordingFile(file)) {
      while (recording.hasMoreEvents()) {
        RecordedEvent event = recording.readEvent();
        eventNo++;
        String type = event.getEventType().getName();
        String ours = eventOf(type);
        if (ours == null) {
          continue;
        }
        RecordedStackTrace trace = event.getStackTrace();
        if (trace == null) {
          continue;
        }
        List<RecordedFrame> frames = trace.getFrames();
        int depth = frames.size();
        if (depth == 0) {
          continue;
        }
        if (depth > maxDepth) {
          throw new IngestException(
              IngestException.TOO_DEEP,
              "event " + eventNo + " (" + type + "): stack has " + depth
                  + " frames, more than the limit of " + maxDepth);
        }
        if (scratch.length < depth) {
          scratch = new String[Math.max(depth, scratch.length * 2)];
          scratchLines = new int[scratch.length];
        }
        // JFR lists the leaf first; collapsed stacks and our trees are root first.
        for (int i = 0; i < depth; i++) {
          RecordedFrame frame = frames.get(i);
          scratch[depth - 1 - i] = frameName(frame, names, methodNames, limits, eventNo);
          scratchLines[depth - 1 - i] = frame.isJavaFrame() ? frame.getLineNumber() : 0;
        }
        if (names.distinctFrames() > limits.maxDistinctFrames()) {
          throw new IngestException(
              IngestException.TOO_MANY_FRAMES,
              "event " + eventNo + ": recording has more than the limit of "
                  + limits.maxDistinctFrames() + " distinct frame names");
        }
        StackCounts.Builder b = byEvent.computeIfAbsent(ours, k -> StackCounts.builder());
        int before = b.distinctStacks();
        long weight = weight(event, type);
        linesByEvent
            .computeIfAbsent(ours, k -> LineCounts.builder())
            .addStack(scratch, scratchLines, depth, weight);
        b.addInterned(scratch, depth, weight, false, false);
        distinct += b.distinctStacks() - before;
        if (distinct > limits.maxDistinctStacks()) {
          throw new IngestException(
              IngestException.TOO_MANY_STACKS,
              "event " + eventNo + ": recording has more than the limit of "
                  + limits.maxDistinctStacks() + " distinct stacks");
        }
      }
    }
    Map<String, StackCounts> result = new LinkedHashMap<>();
    byEvent.forEach((k, v) -> result.put(k, v.build()));
    linesByEvent.forEach((k, v) -> linesOut.put(k, v.build()));
    return result;
  }

  static String eventOf(String jfrType) {
    switch (jfrType) {
      case "jdk.ExecutionSample":
        return ProfileEvents.CPU;
      case "profiler.WallClockSample":
        return ProfileEvents.WALL;
      case "jdk.ObjectAllocationInNewTLAB":
      case "jdk.ObjectAllocationOutsideTLAB":
      case "jdk.ObjectAllocationSample":
        return ProfileEvents.ALLOC;
      case "jdk.JavaMonitorEnter":
      case "jdk.ThreadPark":
        return ProfileEvents.LOCK;
      default:
        return null;
    }
  }

  private static long weight(RecordedEvent event, String type) {
    switch (type) {
      case "profiler.WallClockSample":
        return positive(longField(event, "samples"), 1);
      case "jdk.ObjectAllocationInNewTLAB":
        return positive(longField(event, "tlabSize"), positive(longField(event, "allocationSize"), 1));
      case "jdk.ObjectAllocationOutsideTLAB":
        return positive(longField(event, "allocationSize"), 1);
      case "jdk.ObjectAllocationSample":
        return positive(longField(event, "weight"), 1);
      default:
        return 1;
    }
  }

  private static long positive(long value, long fallback) {
    return value > 0 ? value : fallback;
  }

  private static long longField(RecordedEvent event, String field) {
    if (!event.hasField(field)) {
      return 0;
    }
    Object v = event.getValue(field);
    return v instanceof Number n ? n.longValue() : 0;
  }

  private static String frameName(
      RecordedFrame frame,
      StackCounts.Builder names,
      IdentityHashMap<RecordedMethod, String> cache,
      IngestLimits limits,
      long eventNo)
      throws IngestException {
    RecordedMethod method = frame.getMethod();
    String kind = frame.getType();
    boolean kernel = "Kernel".equals(kind);
    if (method != null && !kernel) {
      String known = cache.get(method);
      if (known != null) {
        return known;
      }
    }
    String name;
    if (method == null) {
      name = "[unknown]";
    } else {
      String cls = method.getType() == null ? null : method.getType().getName();
      String m = method.getName() == null || method.getName().isEmpty() ? "[unknown]" : method.getName();
      // async-profiler files native frames under the library as "class" (libjvm.so) or under no
      // class; its collapsed output names them by symbol alone, and so do we.
      boolean nativeCode =
          kernel || "C++".equals(kind) || cls == null || cls.isEmpty() || isLibraryFile(cls);
      name = nativeCode ? m : cls + "." + m;
      if (kernel && !name.endsWith(FrameNames.KERNEL_SUFFIX)) {
        name = name + FrameNames.KERNEL_SUFFIX;
      }
    }
    if (name.length() > limits.maxFrameLength()) {
      throw new IngestException(
          IngestException.FRAME_TOO_LONG,
          "event " + eventNo + ": frame name is " + name.length()
              + " characters, more than the limit of " + limits.maxFrameLength());
    }
    String canonical = names.intern(FrameNames.canonical(name));
    if (method != null && !kernel) {
      cache.put(method, canonical);
    }
    return canonical;
  }

  /** async-profiler's "class" of a native frame: {@code libjvm.so}, {@code libc.so.6}. */
  private static boolean isLibraryFile(String cls) {
    return cls.endsWith(".so")
        || cls.contains(".so.")
        || cls.endsWith(".dylib")
        || cls.endsWith(".dll")
        || cls.indexOf('/') >= 0;
  }

  private static String hex(byte[] buf, int len) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(len, 8); i++) {
      sb.append(String.format("%02x", buf[i] & 0xff));
    }
    return sb.toString();
  }
}
