package dev.flamefix.server.profiles;

import dev.flamefix.collector.ingest.IngestException;
import dev.flamefix.collector.ingest.IngestFormat;
import dev.flamefix.collector.ingest.IngestLimits;
import dev.flamefix.collector.ingest.ProfileDecoder;
import dev.flamefix.collector.ingest.ProfileEvents;
import dev.flamefix.collector.ingest.LineCounts;
import dev.flamefix.collector.ingest.StackCounts;
import dev.flamefix.collector.tree.CallTree;
import dev.flamefix.collector.tree.FlameGraphs;
import dev.flamefix.collector.tree.FlameNode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Reads stored windows back as stacks, call trees and flame graphs. Windows are decoded from their
 * stored collapsed form on every query; the store is the single source of truth.
 */
@Service
public class ProfileQueryService {

  private final ProfileDecoder decoder = new ProfileDecoder();
  private final ProfileWindowRepository windows;
  private final QueryProperties properties;
  private final IngestLimits storedLimits;

  /**
   * @param ingest the ingest limits: stored windows passed them once, so reading back uses the same
   *     bounds on depth, frames and stacks; only the size bounds are lifted (a stored window holds
   *     the merge of a whole payload, which may decode larger than one request body)
   */
  public ProfileQueryService(
      ProfileWindowRepository windows, QueryProperties properties, IngestLimits ingest) {
    this.windows = windows;
    this.properties = properties;
    this.storedLimits =
        ingest.toBuilder().maxCompressedBytes(1L << 30).maxDecompressedBytes(1L << 30).build();
  }

  /** Every application with stored windows. */
  public List<AppSummary> apps() {
    return windows.apps();
  }

  /**
   * The application's summary.
   *
   * @throws AppNotFoundException when nothing is stored for it
   */
  public AppSummary app(String app) {
    return windows.app(app).orElseThrow(() -> new AppNotFoundException(app));
  }

  /**
   * The event a query means: the one asked for, else {@code cpu} if the app has it, else the app's
   * first event.
   */
  public String resolveEvent(String app, String event) {
    AppSummary summary = app(app);
    if (event != null && !event.isBlank()) {
      return event.trim();
    }
    return summary.events().contains(ProfileEvents.CPU)
        ? ProfileEvents.CPU
        : summary.events().get(0);
  }

  /** The windows of one app and event overlapping a range, each with its stacks, oldest first. */
  public List<LoadedWindow> load(String app, String event, TimeRange range) {
    List<LoadedWindow> out = new ArrayList<>();
    for (ProfileWindow w :
        windows.find(app, event, range.fromMs(), range.toMs(), properties.maxWindows())) {
      out.add(new LoadedWindow(w, stacksOf(w)));
    }
    return out;
  }

  /** The merged call tree of one app and event over a range (empty when nothing is stored). */
  public CallTree tree(String app, String event, TimeRange range) {
    CallTree tree = new CallTree();
    for (LoadedWindow w : load(app, event, range)) {
      tree.addAll(w.stacks());
    }
    return tree;
  }

  /** The flame graph of one app and event over a range. */
  public FlameNode flameGraph(String app, String event, TimeRange range) {
    return FlameGraphs.of(tree(app, event, range));
  }

  /** The diff flame graph between two ranges of one app and event. */
  public FlameNode diff(String app, String event, TimeRange base, TimeRange target) {
    return FlameGraphs.diff(tree(app, event, base), tree(app, event, target));
  }

  /**
   * Samples per source line of every method, merged over the windows of a range; empty when no
   * window's frames carried line numbers.
   */
  public LineCounts lineCounts(String app, String event, TimeRange range) {
    List<LineCounts> parts = new ArrayList<>();
    for (ProfileWindow w :
        windows.find(app, event, range.fromMs(), range.toMs(), properties.maxWindows())) {
      if (w.lineCountsGzip() != null) {
        parts.add(LineCounts.fromGzip(w.lineCountsGzip()));
      }
    }
    return LineCounts.mergeAll(parts);
  }

  private StackCounts stacksOf(ProfileWindow w) {
    try {
      return decoder.decode(w.foldedGzip(), IngestFormat.FOLDED, w.event(), storedLimits).event(w.event());
    } catch (IngestException e) {
      // Only a damaged database gets here: everything stored was produced by StackCounts.
      throw new IllegalStateException("stored window " + w.id() + " is unreadable: " + e.getMessage(), e);
    }
  }

  /**
   * A stored window with its decoded stacks.
   *
   * @param window the stored row
   * @param stacks its stacks
   */
  public record LoadedWindow(ProfileWindow window, StackCounts stacks) {}
}
