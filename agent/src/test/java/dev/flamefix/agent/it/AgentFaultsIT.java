package dev.flamefix.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The agent must never harm its host: whatever the server does, the example prints the same line
 * as without the agent, exits normally, and the agent's queue stays within its bound.
 */
class AgentFaultsIT {

  /**
   * Long enough (about 7 s on an idle machine with JDK 17) that the app clearly outlives
   * the first window plus its send time-out: a shorter run can exit before any send has failed, and
   * then there is no failure to observe (seen on an idle CI machine with 30 rounds).
   */
  static final int ROUNDS = 300;
  /**
   * Small enough that a few windows overflow it while the server is unavailable, large enough to
   * hold one: the default JFR windows (lines=true) are 10-20 KB gzipped, mostly JFR metadata.
   */
  static final String QUEUE = "48kb";

  enum Fault { ABSENT, KILLED_MID_RUN, HTTP_500, GARBAGE, SLOW }

  static Stream<Arguments> cases() {
    return ChildJvm.onEveryJdk(Fault.values());
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("cases")
  void serverFaultsNeverChangeTheApplication(String jdk, Fault fault) throws Exception {
    String java = ChildJvm.java(jdk);
    Path stats = Files.createTempFile("agent-stats", ".properties");
    stats.toFile().deleteOnExit();
    IngestSink sink = null;
    GarbageServer garbage = null;
    String server;
    switch (fault) {
      case ABSENT -> {
        try (ServerSocket free = new ServerSocket(0)) {
          server = "http://127.0.0.1:" + free.getLocalPort();
        }
      }
      case GARBAGE -> {
        garbage = new GarbageServer();
        server = garbage.url();
      }
      default -> {
        sink = new IngestSink();
        if (fault == Fault.KILLED_MID_RUN) {
          sink.dyingAfter(1);
        } else if (fault == Fault.HTTP_500) {
          sink.answering(500);
        } else {
          sink.delaying(3_000);
        }
        server = sink.url();
      }
    }
    try {
      String agent = "-javaagent:" + ChildJvm.agentJar() + "=server=" + server
          + ",app=faulty,window=1s,queue=" + QUEUE + ",timeout="
          + (fault == Fault.SLOW ? "500ms" : "2s") + ",stats=" + stats;
      ChildJvm.Result result = ChildJvm.start(java, List.of(agent), ChildJvm.classPath(false),
          ChildJvm.ORDER_SERVICE, Map.of(), String.valueOf(ROUNDS)).await(180);

      assertThat(result.exitCode()).isZero();
      assertThat(result.stdout()).isEqualTo(ChildJvm.expectedOutput(ROUNDS));
      // one start line and one "cannot send" line, however many attempts failed
      assertThat(result.agentLines()).as(result.stderr()).hasSize(2)
          .anySatisfy(l -> assertThat(l).contains("cannot send to"));
      assertThat(result.stderr()).doesNotContain("Exception\n\tat ");

      Map<String, Long> s = ChildJvm.stats(stats);
      assertThat(s.get("queueBound")).isEqualTo(48 * 1024);
      assertThat(s.get("queueBytesMax")).isLessThanOrEqualTo(s.get("queueBound"));
      assertThat(s.get("failedAttempts")).isPositive();
      long accounted = s.get("windowsSent") + s.get("windowsDropped") + s.get("windowsRejected")
          + s.get("windowsQueued");
      long produced = s.get("windowsCut") - s.get("windowsEmpty");
      // every window is sent, dropped, rejected or still queued; at most one was in flight at exit
      assertThat(produced - accounted).isBetween(0L, 1L);
      switch (fault) {
        case ABSENT, GARBAGE, HTTP_500, SLOW -> assertThat(s.get("windowsSent")).isZero();
        // the agent never counts more than the server got before it died (how many that is
        // depends on machine load: the server stops shortly after its first upload)
        case KILLED_MID_RUN -> assertThat(s.get("windowsSent"))
            .isLessThanOrEqualTo(sink.uploads().size());
      }
      if (fault == Fault.GARBAGE) {
        assertThat(garbage.connections()).isPositive();
      } else if (sink != null) {
        assertThat(sink.uploads()).isNotEmpty();
      }
    } finally {
      if (sink != null) {
        sink.close();
      }
      if (garbage != null) {
        garbage.close();
      }
    }
  }
}
