package dev.flamefix.agent.attach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttachCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String... args) {
    return AttachCommand.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void printsUsageWithoutAPid() {
    assertThat(run(Map.of(), "attach")).isEqualTo(2);
    assertThat(run(Map.of(), "attach", "not-a-pid", "server=http://h:1,app=a")).isEqualTo(2);
    assertThat(run(Map.of(), "profile", "123")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar flamefix-agent.jar attach <pid>");
  }

  @Test
  void validatesOptionsIncludingTheShellEnvironmentBeforeAttaching() {
    assertThat(run(Map.of("FLAMEFIX_SERVER", "http://h:1"), "attach", "1", "app=a,window=1h1m"))
        .isEqualTo(2);
    String errors = err.toString(StandardCharsets.UTF_8);
    // FLAMEFIX_SERVER was taken from the environment, so the first problem reported is the window
    assertThat(errors).doesNotContain("missing option 'server'").contains("invalid option 'window'");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void reportsAnAttachFailureForAPidThatIsNoJvm() {
    assertThat(run(Map.of(), "attach", "999999999", "server=http://h:1", "app=a")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot attach to pid 999999999");
  }
}
