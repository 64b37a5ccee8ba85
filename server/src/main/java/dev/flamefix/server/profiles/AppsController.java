package dev.flamefix.server.profiles;

import dev.flamefix.collector.ingest.TimeParams;
import dev.flamefix.collector.tree.FlameNode;
import java.time.Clock;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read API over stored profiles: applications, flame graphs, diff flame graphs and hotspots.
 * Times accept the forms of {@link TimeParams}; a missing {@code to} is now, a missing {@code from}
 * is {@code flamefix.query.default-range} before it.
 */
@RestController
@RequestMapping("/api/apps")
public class AppsController {

  private final ProfileQueryService profiles;
  private final HotspotService hotspots;
  private final QueryProperties properties;
  private final Clock clock;

  public AppsController(
      ProfileQueryService profiles,
      HotspotService hotspots,
      QueryProperties properties,
      Clock clock) {
    this.profiles = profiles;
    this.hotspots = hotspots;
    this.properties = properties;
    this.clock = clock;
  }

  /** Every application with stored profiles. */
  @GetMapping
  public List<AppSummary> apps() {
    return profiles.apps();
  }

  /** One application's summary; 404 when nothing is stored for it. */
  @GetMapping("/{app}")
  public AppSummary app(@PathVariable String app) {
    return profiles.app(app);
  }

  /**
   * The flame graph ({@code {name, value, children[]}}) of a range.
   *
   * <p>Written with {@link FlameNode#toJson()} rather than Jackson: a stack as deep as the ingest
   * limit nests far beyond Jackson's default write depth, and non-diff nodes must not carry a
   * {@code delta} key at all.
   */
  @GetMapping(value = "/{app}/flamegraph", produces = MediaType.APPLICATION_JSON_VALUE)
  public String flameGraph(
      @PathVariable String app,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String event) {
    String ev = profiles.resolveEvent(app, event);
    return profiles.flameGraph(app, ev, range(from, to)).toJson();
  }

  /** The diff flame graph between a base range and a target range; nodes carry {@code delta}. */
  @GetMapping(value = "/{app}/flamegraph/diff", produces = MediaType.APPLICATION_JSON_VALUE)
  public String diff(
      @PathVariable String app,
      @RequestParam String baseFrom,
      @RequestParam String baseTo,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String event) {
    String ev = profiles.resolveEvent(app, event);
    return profiles.diff(app, ev, range(baseFrom, baseTo), range(from, to)).toJson();
  }

  /** The application's hotspots over a range, ranked by attributed self share, with trend. */
  @GetMapping("/{app}/hotspots")
  public HotspotReport hotspots(
      @PathVariable String app,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String event) {
    String ev = profiles.resolveEvent(app, event);
    int n = limit == null ? 20 : limit;
    if (n < 1 || n > 1000) {
      throw new IllegalArgumentException("limit must be between 1 and 1000, was " + n);
    }
    return hotspots.report(app, ev, range(from, to), n);
  }

  private TimeRange range(String from, String to) {
    return TimeRange.parse(from, to, clock.millis(), properties.defaultRange().toMillis());
  }
}
