package dev.flamefix.agent.runtime;

import dev.flamefix.agent.export.QueuedExporter;
import dev.flamefix.agent.export.SendQueue;
import dev.flamefix.agent.recorder.RecordingPoller;
import dev.flamefix.agent.window.WindowScheduler;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A snapshot of the agent's counters, written as {@code key=value} lines to the {@code stats=}
 * file after every window and at shutdown. It is how tests (and curious operators) see that the
 * queue stayed within its bound and what was dropped.
 */
final class AgentStats {

  private AgentStats() {}

  static Map<String, Long> snapshot(WindowScheduler scheduler, QueuedExporter exporter,
      RecordingPoller recorder) {
    SendQueue queue = exporter.queue();
    Map<String, Long> stats = new LinkedHashMap<String, Long>();
    stats.put("windowsCut", scheduler.cutWindows());
    stats.put("windowsEmpty", scheduler.emptyWindows());
    stats.put("windowsSent", exporter.sentWindows());
    stats.put("bytesSent", exporter.sentBytes());
    stats.put("windowsRejected", exporter.rejectedWindows());
    stats.put("failedAttempts", exporter.failedAttempts());
    stats.put("windowsDropped", queue.droppedWindows());
    stats.put("bytesDropped", queue.droppedBytes());
    stats.put("windowsQueued", (long) queue.size());
    stats.put("queueBytes", queue.bytes());
    stats.put("queueBytesMax", queue.maxBytes());
    stats.put("queueBound", queue.boundBytes());
    if (recorder != null) {
      stats.putAll(recorder.stats());
    }
    return stats;
  }

  /** Writes the snapshot atomically (temp file, then rename). */
  static void write(String path, Map<String, Long> stats) throws IOException {
    File target = new File(path);
    File temp = new File(target.getPath() + ".tmp");
    try (Writer out = new OutputStreamWriter(new FileOutputStream(temp), StandardCharsets.UTF_8)) {
      for (Map.Entry<String, Long> e : stats.entrySet()) {
        out.write(e.getKey() + "=" + e.getValue() + "\n");
      }
    }
    Files.move(temp.toPath(), target.toPath(), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }
}
