package dev.flamefix.server.optimize;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Publishes job changes to server-sent-event subscribers: {@code progress} with the job on every
 * change, {@code done} once it is terminal, after which the stream completes.
 */
@Component
public class JobEvents {
  private final Map<String, List<SseEmitter>> subscribers = new ConcurrentHashMap<>();

  /**
   * A stream of one job's changes, starting with its latest state.
   *
   * @param id the job
   * @param latest reads the job's current state; called after registering, so a change between
   *     the read and the registration is not missed
   */
  public SseEmitter subscribe(String id, Supplier<JobView> latest) {
    SseEmitter emitter = new SseEmitter(Duration.ofHours(1).toMillis());
    List<SseEmitter> list = subscribers.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>());
    list.add(emitter);
    emitter.onCompletion(() -> list.remove(emitter));
    emitter.onTimeout(() -> list.remove(emitter));
    emitter.onError(e -> list.remove(emitter));
    send(emitter, latest.get());
    return emitter;
  }

  /** Sends the job to its subscribers; a terminal job ends their streams. */
  public void publish(JobView v) {
    List<SseEmitter> list = subscribers.get(v.id());
    if (list == null) return;
    for (SseEmitter e : list) {
      send(e, v);
    }
    if (v.status().terminal()) {
      subscribers.remove(v.id());
    }
  }

  /** Ends every open stream (shutdown). */
  public void closeAll() {
    subscribers.values().forEach(l -> l.forEach(SseEmitter::complete));
  }

  private static void send(SseEmitter emitter, JobView v) {
    try {
      synchronized (emitter) {
        emitter.send(SseEmitter.event().name("progress").data(v));
        if (v.status().terminal()) {
          emitter.send(SseEmitter.event().name("done").data(v));
          emitter.complete();
        }
      }
    } catch (IOException | IllegalStateException e) {
      emitter.completeWithError(e);
    }
  }
}
