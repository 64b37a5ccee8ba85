package dev.flamefix.bench.agent;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.ListStatistics;

/**
 * Measures the agent's overhead in one run: forks of {@link AgentOverheadBenchmark} alternate
 * between a plain JVM and one started with {@code -javaagent:flamefix-agent.jar} (cpu,
 * {@code interval=10ms}, windows really shipped to a loopback sink in this process), and the
 * measurement iterations of each side are pooled into a mean with a 99.9% confidence interval.
 * Alternating forks means drift on a shared machine hits both sides alike.
 *
 * <p>Usage (from the repository root, after {@code mvn package} of agent and bench):
 * {@code java -cp bench/target/benchmarks.jar dev.flamefix.bench.agent.AgentOverhead}
 * with optional {@code -Dflamefix.agent.jar=...}, {@code -Drounds=4} (fork pairs),
 * {@code -Diterations=8}, {@code -Dseconds=1}, {@code -Dwindow=10s}.
 */
public final class AgentOverhead {

  private AgentOverhead() {}

  public static void main(String[] args) throws Exception {
    Path jar = Paths.get(System.getProperty("flamefix.agent.jar",
        "agent/target/flamefix-agent.jar")).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      System.err.println("agent jar not found: " + jar + " (build it: mvn -pl agent package)");
      System.exit(2);
    }
    int rounds = Integer.getInteger("rounds", 4);
    int iterations = Integer.getInteger("iterations", 8);
    int seconds = Integer.getInteger("seconds", 1);
    // The agent's default window; -Dwindow=1s is the stress case (ten times as many cuts).
    String window = System.getProperty("window", "10s");

    AtomicLong windows = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    HttpServer sink = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
        0), 0);
    sink.createContext("/ingest", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        bytes.addAndGet(in.readAllBytes().length);
      }
      windows.incrementAndGet();
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    sink.start();
    String agentArg = "-javaagent:" + jar + "=server=http://127.0.0.1:"
        + sink.getAddress().getPort() + ",app=bench,event=cpu,interval=10ms,window=" + window;

    Map<String, ListStatistics> plain = new TreeMap<>();
    Map<String, ListStatistics> agent = new TreeMap<>();
    Map<String, ListStatistics> plainCpu = new TreeMap<>();
    Map<String, ListStatistics> agentCpu = new TreeMap<>();
    try {
      for (int round = 0; round < rounds; round++) {
        boolean agentFirst = round % 2 == 1;
        for (int side = 0; side < 2; side++) {
          boolean withAgent = (side == 0) == agentFirst;
          ChainedOptionsBuilder options = new OptionsBuilder()
              .include(AgentOverheadBenchmark.class.getName() + "\\.")
              .forks(1)
              .warmupIterations(3).warmupTime(TimeValue.seconds(seconds))
              .measurementIterations(iterations).measurementTime(TimeValue.seconds(seconds))
              .addProfiler(ProcessCpuProfiler.class)
              .shouldFailOnError(true);
          if (withAgent) {
            options.jvmArgsAppend(agentArg);
          }
          Collection<RunResult> results = new Runner(options.build()).run();
          collect(results, withAgent ? agent : plain, withAgent ? agentCpu : plainCpu);
        }
      }
    } finally {
      sink.stop(0);
    }

    System.out.println();
    System.out.println("Agent overhead: cpu, interval=10ms, window=" + window + "; " + rounds
        + " fork pairs x " + iterations + " x " + seconds + "s measurement iterations; "
        + windows.get() + " windows (" + bytes.get() + " gzip bytes) received by the sink");
    table("throughput (ops/s, higher is better)", plain, agent);
    table("process CPU per operation (ns/op, lower is better)", plainCpu, agentCpu);
    if (windows.get() == 0) {
      System.err.println("the sink received no window: the agent did not run in the forks");
      System.exit(1);
    }
  }

  private static void collect(Collection<RunResult> results, Map<String, ListStatistics> scores,
      Map<String, ListStatistics> cpu) {
    for (RunResult run : results) {
      String name = run.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      ListStatistics scoreStats = scores.computeIfAbsent(name, k -> new ListStatistics());
      ListStatistics cpuStats = cpu.computeIfAbsent(name, k -> new ListStatistics());
      for (BenchmarkResult benchmark : run.getBenchmarkResults()) {
        for (IterationResult iteration : benchmark.getIterationResults()) {
          scoreStats.addValue(iteration.getPrimaryResult().getScore());
          for (Map.Entry<String, Result> secondary : iteration.getSecondaryResults().entrySet()) {
            if (secondary.getKey().endsWith(ProcessCpuProfiler.LABEL)) {
              cpuStats.addValue(secondary.getValue().getScore());
            }
          }
        }
      }
    }
  }

  /** Prints mean ± 99.9% CI of both sides and their ratio (agent / plain) with its error. */
  private static void table(String title, Map<String, ListStatistics> plain,
      Map<String, ListStatistics> agent) {
    System.out.println(title);
    System.out.printf(Locale.ROOT, "  %-16s %22s %22s %18s%n", "benchmark", "without agent",
        "with agent", "with/without");
    for (String name : plain.keySet()) {
      ListStatistics a = plain.get(name);
      ListStatistics b = agent.get(name);
      if (a.getN() == 0 || b == null || b.getN() == 0) {
        continue;
      }
      double ratio = b.getMean() / a.getMean();
      double ratioError = ratio * Math.sqrt(square(a.getMeanErrorAt(0.999) / a.getMean())
          + square(b.getMeanErrorAt(0.999) / b.getMean()));
      System.out.printf(Locale.ROOT, "  %-16s %11.1f ± %8.1f %11.1f ± %8.1f %10.4f ± %.4f%n",
          name, a.getMean(), a.getMeanErrorAt(0.999), b.getMean(), b.getMeanErrorAt(0.999), ratio,
          ratioError);
    }
  }

  private static double square(double x) {
    return x * x;
  }
}
