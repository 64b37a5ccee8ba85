package dev.flamefix.server.optimize;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Publishes job changes to server-sent-event subscribers: {@code progress} with the job on every
 * change, {@code done} once it is terminal, after which the stream completes.
 *
 * <p>The job may run on another replica, so besides this replica's own changes every subscribed
 * job is re-read from the store each second and sent when it changed.
 */
@Component
public class JobEvents {
  private static final long POLL_MILLIS = 1000;

  private final Map<String, List<SseEmitter>> subscribers = new ConcurrentHashMap<>();
  private final Map<String, Supplier<JobView>> readers = new ConcurrentHashMap<>();
  private final Map<String, JobView> lastSent = new ConcurrentHashMap<>();
  private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "flamefix-job-events");
    t.setDaemon(true);
    return t;
  });

  public JobEvents() {
    poller.scheduleWithFixedDelay(this::pollStore, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
  }

  private void pollStore() {
    readers.forEach((id, read) -> {
      if (subscribers.getOrDefault(id, List.of()).isEmpty()) {
        readers.remove(id);
        lastSent.remove(id);
        return;
      }
      try {
        publish(read.get());
      } catch (RuntimeException e) {
        // the store is briefly unreachable: the next poll sends the change
      }
    });
  }

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
    readers.put(id, latest);
    send(emitter, latest.get());
    return emitter;
  }

  /** Sends the job to its subscribers; a terminal job ends their streams. */
  public void publish(JobView v) {
    List<SseEmitter> list = subscribers.get(v.id());
    if (list == null) return;
    if (v.equals(lastSent.put(v.id(), v))) return;
    for (SseEmitter e : list) {
      send(e, v);
    }
    if (v.status().terminal()) {
      subscribers.remove(v.id());
      readers.remove(v.id());
      lastSent.remove(v.id());
    }
  }

  /** Ends every open stream (shutdown). */
  public void closeAll() {
    poller.shutdownNow();
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
