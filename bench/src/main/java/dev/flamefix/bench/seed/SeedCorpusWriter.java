package dev.flamefix.bench.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Measures the seed corpus with JMH and writes it as the knowledge base's JSONL resource.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.flamefix.bench.seed.SeedCorpusWriter \
 *     [--measure] [--only id,id] [--jmh-json /tmp/seed-jmh.json[,more.json]] \
 *     [--sources bench/src/main/java] \
 *     [--out knowledge-base/src/main/resources/dev/flamefix/kb/seed/cases.jsonl] [--min-rate 1.1]
 * </pre>
 *
 * <p>With {@code --measure} it first runs {@link SeedCaseBenchmark} for every case (or the
 * {@code --only} ones) with {@link #FORKS} fork, {@link #WARMUP_ITERATIONS}×{@link #ITERATION_MS}
 * ms warm-up and {@link #MEASUREMENT_ITERATIONS}×{@link #ITERATION_MS} ms measurement, writing
 * JMH's JSON to (the last) {@code --jmh-json}; without it, it reads JSON results produced earlier
 * by {@code java -jar benchmarks.jar SeedCaseBenchmark -p caseId=... -rf json -rff FILE}. With
 * several comma-separated JSON files, a case measured in a later file takes that file's rate. Lines already in
 * {@code --out} for cases that were not measured are kept. Cases slower than {@code --min-rate}
 * are left out and listed on stderr, so they get fixed or dropped.
 */
public final class SeedCorpusWriter {
  /** JMH forks per benchmark. */
  public static final int FORKS = 1;
  /** Warm-up iterations. */
  public static final int WARMUP_ITERATIONS = 2;
  /** Measurement iterations. */
  public static final int MEASUREMENT_ITERATIONS = 3;
  /** Length of each iteration, in milliseconds. */
  public static final int ITERATION_MS = 200;

  private static final ObjectMapper JSON = new ObjectMapper();

  private SeedCorpusWriter() {}

  /** A JMH score with its 99.9% confidence half-width. */
  record Score(double score, double error) {}

  /** A measured rate: slow time / fast time, with the error propagated from both scores. */
  record Rate(double rate, double error) {
    static Rate of(Score slow, Score fast) {
      double rate = slow.score() / fast.score();
      double relSlow = finiteOrZero(slow.error()) / slow.score();
      double relFast = finiteOrZero(fast.error()) / fast.score();
      return new Rate(rate, rate * Math.sqrt(relSlow * relSlow + relFast * relFast));
    }

    private static double finiteOrZero(double v) {
      return Double.isFinite(v) ? v : 0.0;
    }
  }

  /** Entry point; see the class comment for the options. */
  public static void main(String[] args) throws IOException, RunnerException {
    Map<String, String> opts = parseArgs(args);
    List<Path> jsons = new ArrayList<>();
    for (String f : opts.getOrDefault("--jmh-json", "/tmp/seed-jmh.json").split(",")) {
      jsons.add(Path.of(f));
    }
    Path json = jsons.get(jsons.size() - 1);
    Path sources = Path.of(opts.getOrDefault("--sources", "bench/src/main/java"));
    Path out =
        Path.of(opts.getOrDefault("--out", "knowledge-base/src/main/resources/dev/flamefix/kb/seed/cases.jsonl"));
    double minRate = Double.parseDouble(opts.getOrDefault("--min-rate", "1.1"));
    List<String> ids =
        opts.containsKey("--only") ? Arrays.asList(opts.get("--only").split(",")) : SeedCatalog.ids();
    ids.forEach(SeedCatalog::byId); // fail fast on an unknown id
    if (opts.containsKey("--measure")) {
      measure(ids, json);
    }
    Map<String, Rate> rates = new LinkedHashMap<>();
    for (Path j : jsons) {
      rates.putAll(readRates(j)); // later results win
    }
    int written = write(rates, sources, out, minRate);
    System.out.println("wrote " + written + " cases to " + out);
  }

  private static Map<String, String> parseArgs(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--measure" -> opts.put("--measure", "true");
        case "--only", "--jmh-json", "--sources", "--out", "--min-rate" -> {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException(args[i] + " needs a value");
          }
          opts.put(args[i], args[++i]);
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    return opts;
  }

  /**
   * Runs JMH over {@code ids}, one case at a time so that each case's slow and fast scores (and
   * its rate) are known as soon as it finishes, and rewrites the JSON result in {@code json} after
   * every case, so an interrupted run keeps what it measured.
   */
  static void measure(List<String> ids, Path json) throws RunnerException {
    List<RunResult> results = new ArrayList<>();
    int done = 0;
    for (String id : ids) {
      ChainedOptionsBuilder options =
          new OptionsBuilder()
              .include(SeedCaseBenchmark.class.getName() + "\\.")
              .param("caseId", id)
              .forks(FORKS)
              .warmupIterations(WARMUP_ITERATIONS)
              .warmupTime(TimeValue.milliseconds(ITERATION_MS))
              .measurementIterations(MEASUREMENT_ITERATIONS)
              .measurementTime(TimeValue.milliseconds(ITERATION_MS))
              .jvmArgs("-Xms256m", "-Xmx1g")
              .verbosity(VerboseMode.SILENT);
      Collection<RunResult> caseResults = new Runner(options.build()).run();
      results.addAll(caseResults);
      ResultFormatFactory.getInstance(ResultFormatType.JSON, json.toString()).writeOut(results);
      done++;
      System.out.printf("[%d/%d] %s %s%n", done, ids.size(), id, describe(caseResults));
    }
  }

  private static String describe(Collection<RunResult> caseResults) {
    double slow = Double.NaN;
    double fast = Double.NaN;
    for (RunResult r : caseResults) {
      double score = r.getPrimaryResult().getScore();
      if (r.getParams().getBenchmark().endsWith(".slow")) {
        slow = score;
      } else {
        fast = score;
      }
    }
    return String.format(java.util.Locale.ROOT, "slow=%.3fus fast=%.3fus rate=%.2f", slow, fast, slow / fast);
  }

  /** Reads slow/fast scores from a JMH JSON result and pairs them into rates by case id. */
  static Map<String, Rate> readRates(Path json) throws IOException {
    Map<String, Score> slow = new HashMap<>();
    Map<String, Score> fast = new HashMap<>();
    for (JsonNode run : JSON.readTree(json.toFile())) {
      String benchmark = run.path("benchmark").asText();
      String id = run.path("params").path("caseId").asText(null);
      if (id == null || !benchmark.startsWith(SeedCaseBenchmark.class.getName() + ".")) {
        continue;
      }
      JsonNode metric = run.path("primaryMetric");
      Score score = new Score(metric.path("score").asDouble(), parseError(metric.path("scoreError")));
      if (benchmark.endsWith(".slow")) {
        slow.put(id, score);
      } else if (benchmark.endsWith(".fast")) {
        fast.put(id, score);
      }
    }
    Map<String, Rate> rates = new LinkedHashMap<>();
    for (Map.Entry<String, Score> e : slow.entrySet()) {
      Score f = fast.get(e.getKey());
      if (f != null) {
        rates.put(e.getKey(), Rate.of(e.getValue(), f));
      }
    }
    return rates;
  }

  private static double parseError(JsonNode node) {
    // JMH writes "NaN" as a string when it has too few samples for an interval.
    return node.isNumber() ? node.asDouble() : Double.NaN;
  }

  private static int write(Map<String, Rate> rates, Path sources, Path out, double minRate)
      throws IOException {
    Map<String, String> previous = readExisting(out);
    SeedSourceExtractor extractor = new SeedSourceExtractor(sources);
    List<String> lines = new ArrayList<>();
    for (SeedCase<?> c : SeedCatalog.all()) {
      Rate rate = rates.get(c.id());
      if (rate == null) {
        String kept = previous.get(c.id());
        if (kept != null) {
          lines.add(kept);
        } else {
          System.err.println("not measured, left out: " + c.id());
        }
        continue;
      }
      if (!(rate.rate() >= minRate)) {
        System.err.printf("too slow, left out: %s rate=%.3f±%.3f%n", c.id(), rate.rate(), rate.error());
        continue;
      }
      SeedSourceExtractor.Source src = extractor.extract(c);
      ObjectNode line = JSON.createObjectNode();
      line.put("id", c.id());
      line.put("category", c.category());
      line.put("summary", c.summary());
      line.put("slowCode", src.slowCode());
      line.put("fastCode", src.fastCode());
      line.put("rate", round3(rate.rate()));
      line.put("rateError", round3(rate.error()));
      line.put("source", "seed");
      line.put("language", "java");
      lines.add(JSON.writeValueAsString(line));
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    Files.write(tmp, lines, StandardCharsets.UTF_8);
    Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return lines.size();
  }

  private static Map<String, String> readExisting(Path out) {
    Map<String, String> byId = new HashMap<>();
    if (!Files.exists(out)) {
      return byId;
    }
    try {
      for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          byId.put(JSON.readTree(line).path("id").asText(), line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read existing corpus " + out, e);
    }
    return byId;
  }

  private static double round3(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}
