package dev.flamefix.server.hotlines;

import dev.flamefix.collector.ingest.LineCounts;
import dev.flamefix.optimizer.feedback.ProfileEvidence;
import dev.flamefix.server.appconfig.AppConfig;
import dev.flamefix.server.appconfig.AppConfigService;
import dev.flamefix.server.appconfig.NotFoundException;
import dev.flamefix.server.profiles.ProfileQueryService;
import dev.flamefix.server.profiles.TimeRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.springframework.stereotype.Service;

/**
 * The hot lines of a method: its per-line samples over a range, laid over its source from the
 * app's registered source root ({@code PUT /api/apps/{app}/config}).
 */
@Service
public class HotLinesService {

  private final ProfileQueryService profiles;
  private final AppConfigService apps;

  public HotLinesService(ProfileQueryService profiles, AppConfigService apps) {
    this.profiles = profiles;
    this.apps = apps;
  }

  /**
   * The source view of {@code method} ({@code pkg.Class#method}).
   *
   * @throws NotFoundException when the app has no stored profile, no source root, or the source
   *     root does not declare the method
   */
  public HotLinesView view(String app, String method, String event, TimeRange range) {
    String ev = profiles.resolveEvent(app, event);
    AppConfig config =
        apps.find(app)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "no_source_root",
                        "app '" + app + "' has no registered source root: PUT /api/apps/" + app
                            + "/config with sourceRoot first"));
    String frame = frameOf(method);
    SortedMap<Integer, Long> counts = profiles.lineCounts(app, ev, range).lines(frame);
    MethodSource source =
        MethodSource.find(Path.of(config.sourceRoot()), className(frame), methodName(frame), counts)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "method_source_not_found",
                        "the source root " + config.sourceRoot() + " does not declare " + method));
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    List<ProfileEvidence.HotLine> hot = HotLines.of(counts);
    List<HotLinesView.Line> lines = new ArrayList<>();
    for (int n = source.begin(); n <= source.end(); n++) {
      long samples = counts.getOrDefault(n, 0L);
      lines.add(
          new HotLinesView.Line(
              n,
              source.lines().get(n - 1),
              samples,
              total == 0 ? 0 : (double) samples / total,
              HotLines.isHot(hot, n)));
    }
    return new HotLinesView(
        app, bare(method), ev, source.file().toString().replace('\\', '/'), total, lines);
  }

  /**
   * The hot lines of {@code method} over {@code range} as optimizer evidence, numbered as in the
   * method's source file; empty when the profile has no line numbers for it.
   */
  public List<ProfileEvidence.HotLine> hotLines(String app, String method, TimeRange range) {
    try {
      String ev = profiles.resolveEvent(app, null);
      return HotLines.of(profiles.lineCounts(app, ev, range).lines(frameOf(method)));
    } catch (RuntimeException e) {
      return List.of(); // no profile for the app: no evidence, the job still runs
    }
  }

  /** {@code pkg.Class#method(types)} → the profile frame {@code pkg.Class.method}. */
  static String frameOf(String method) {
    String b = bare(method);
    int hash = b.indexOf('#');
    if (hash <= 0 || hash == b.length() - 1) {
      throw new IllegalArgumentException("method must be pkg.Class#method, was '" + method + "'");
    }
    return b.substring(0, hash) + "." + b.substring(hash + 1);
  }

  private static String bare(String method) {
    int paren = method.indexOf('(');
    return (paren >= 0 ? method.substring(0, paren) : method).strip();
  }

  private static String className(String frame) {
    return frame.substring(0, frame.lastIndexOf('.'));
  }

  private static String methodName(String frame) {
    return frame.substring(frame.lastIndexOf('.') + 1);
  }

}
