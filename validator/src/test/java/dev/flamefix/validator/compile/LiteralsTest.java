package dev.flamefix.validator.compile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which literals are exception messages, left out of benchmark inputs built from literals. */
class LiteralsTest {

  @Test
  void aLiteralOnlyThrownIsAMessageAndOneAlsoComparedIsNot() {
    Literals literals = Literals.of("""
        final class Berths {
          int length(String berth) {
            if (berth.equals("NORTH")) {
              return 120;
            }
            if (berth.equals("SOUTH")) {
              throw new IllegalStateException("SOUTH");
            }
            throw new IllegalArgumentException("no berth named " + berth);
          }
        }
        """);

    assertThat(literals.strings()).contains("NORTH", "SOUTH", "no berth named ");
    assertThat(literals.messages()).containsExactly("no berth named ");
  }
}
