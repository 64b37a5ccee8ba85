package dev.flamefix.server.hotlines;

import dev.flamefix.server.profiles.QueryProperties;
import dev.flamefix.server.profiles.TimeRange;
import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/apps/{app}/hotlines}: a hot method's source with each line's share. */
@RestController
@RequestMapping("/api/apps")
public class HotLinesController {

  private final HotLinesService hotLines;
  private final QueryProperties properties;
  private final Clock clock;

  public HotLinesController(HotLinesService hotLines, QueryProperties properties, Clock clock) {
    this.hotLines = hotLines;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * The source of {@code method} ({@code pkg.Class#method}) with each line's share of the
   * method's samples over a range (times as in the other profile queries).
   */
  @GetMapping("/{app}/hotlines")
  public HotLinesView hotLines(
      @PathVariable String app,
      @RequestParam String method,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String event) {
    TimeRange range = TimeRange.parse(from, to, clock.millis(), properties.defaultRange().toMillis());
    return hotLines.view(app, method, event, range);
  }
}
