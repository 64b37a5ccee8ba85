package dev.flamefix.validator.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Member names join the input dictionary only where the code looks members up by name. */
class ReflectiveNamesTest {

  private static final String ROUTER = """
      package acme.shell;

      public class Router {
        private int started;

        public int doStart() { return ++started; }
        public int stopCommand() { return started = 0; }

        public int run(String command) throws Exception {
          String name = "do" + Character.toUpperCase(command.charAt(0)) + command.substring(1);
          return (Integer) getClass().getMethod(name).invoke(this);
        }
      }
      """;

  private static final String PLAIN = """
      package acme.shell;

      public class Counter {
        private int started;

        public int doStart() { return ++started; }

        public int run(String command) {
          return command.startsWith("do") ? doStart() : started;
        }
      }
      """;

  @Test
  void aLookupByBuiltNameGetsTheMembersAndTheirPartsAfterAndBeforeLiterals() {
    List<String> strings = Literals.of(List.of("run"), ROUTER).strings();

    assertThat(strings).contains("do", "start", "Start", "doStart", "started", "run");
    // "Command" is no literal: stopCommand only gives its own name.
    assertThat(strings).contains("stopCommand").doesNotContain("stop");
    // The code's own literals stay first, where input generation favours them.
    assertThat(strings.get(0)).isEqualTo("do");
  }

  @Test
  void codeWithoutReflectiveLookupsGetsNoMemberNames() {
    assertThat(Literals.of(List.of("run"), PLAIN).strings()).containsExactly("do");
  }
}
