package dev.flamefix.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad options, or a native library that cannot load: one log line, the agent off, the app fine. */
class AgentOptionsIT {

  static final int ROUNDS = 3;

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String jdk : ChildJvm.JDK_HOMES) {
      cases.add(Arguments.of(jdk, "=server=http://127.0.0.1:1,app=a,tokn=hunter2", List.of(),
          "unknown option 'tokn'"));
      cases.add(Arguments.of(jdk, "=server=http://127.0.0.1:1,app=a,interval=fast", List.of(),
          "invalid option 'interval' 'fast'"));
      cases.add(Arguments.of(jdk, "=app=a", List.of(), "missing option 'server'"));
      // no writable temp dir: the native library cannot be extracted
      cases.add(Arguments.of(jdk, "=server=http://127.0.0.1:1,app=a",
          List.of("-Djava.io.tmpdir=/nonexistent/flamefix-test"),
          "cannot load async-profiler's native library"));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("cases")
  void oneClearLineAndTheApplicationIsUnaffected(String jdk, String options, List<String> jvmArgs,
      String expectedMessage) throws Exception {
    String java = ChildJvm.java(jdk);
    List<String> args = new ArrayList<>(jvmArgs);
    args.add("-javaagent:" + ChildJvm.agentJar() + options);
    ChildJvm.Result result = ChildJvm.start(java, args, ChildJvm.classPath(true),
        VisibilityProbe.class.getName(), Map.of(), String.valueOf(ROUNDS)).await(120);

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout().lines().findFirst().orElse("") + System.lineSeparator())
        .isEqualTo(ChildJvm.expectedOutput(ROUNDS));
    assertThat(result.stdout()).contains("agent-threads 0");
    assertThat(result.agentLines()).hasSize(1).first().asString()
        .contains("agent disabled").contains(expectedMessage);
    assertThat(result.stderr()).doesNotContain("hunter2").doesNotContain("\tat ");
  }
}
