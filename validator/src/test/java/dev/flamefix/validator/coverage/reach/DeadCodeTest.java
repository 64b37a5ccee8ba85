package dev.flamefix.validator.coverage.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.compile.InMemoryCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reachability proof on compiled snippets; line numbers are the source's, 1-based. */
class DeadCodeTest {
  private static final String SOURCE = """
      package snip;
      public class Bytes {
        public static int shift(int v, int pos, int count) {
          if (pos < 0 || count < 0) {
            throw new IllegalArgumentException("bad");
          }
          if (v > 100) {
            v = 100;
          }
          switch (pos) {
            case 0: return v << count;
            case 1: return v << (count + 1);
            case 2: return v >>> count;
            case 3: return v;
            default:
              throw new IllegalStateException("pos " + pos);
          }
        }
        public static int gather(int v, int pos, int count) {
          int r = 0;
          for (int i = 0, src = pos; i < count; i++, src++) {
            if (src < 4) {
              r |= (v >>> (8 * src)) & 0xFF;
            } else {
              r = -1;
            }
          }
          return r;
        }
        public static int sumTo(int v, int pos) {
          int r = 0;
          for (int i = 0; i < v; i++) {
            r += i;
          }
          if (r < 0) {
            r = 0;
          }
          return r + pos;
        }
        public static int guarded(int v, int pos) {
          try {
            return 100 / (pos - 5);
          } catch (ArithmeticException e) {
            return -1;
          }
        }
        public static int again(int v, int pos) {
          if (pos > 3) {
            return -1;
          }
          return pos == 0 ? v : again(v, pos - 1);
        }
        public static int spread(int v, int pos) {
          int r = v;
          for (int i = 0; i < 3; i++) {
            r += pos;
          }
          if (pos > 2000) {
            r = -1;
          }
          return r;
        }
        public static int keyed(int v, int pos) {
          int h = "k".hashCode();
          switch (pos) {
            case 0: return h;
            case 1: return v;
            default: return -1;
          }
        }
      }
      """;
  private static final String CONTRACT = "pos >= 0 && count >= 0 && pos <= 3 - count";
  private static byte[] bytes;

  @BeforeAll
  static void compile(@TempDir Path dir) throws IOException {
    assertThat(InMemoryCompiler.compile(Map.of("snip.Bytes", SOURCE), List.of(), dir)).isEmpty();
    bytes = Files.readAllBytes(dir.resolve("snip/Bytes.class"));
  }

  private static Optional<DeadCode.Proof> prove(String method, String desc, List<String> names,
      String precondition) {
    return DeadCode.prove(bytes, List.of(), new ComparedMethod(method, desc, names, precondition));
  }

  @Test
  void boundsCheckAndSwitchDefaultAreDeadInsideThePrecondition() {
    DeadCode.Proof p = prove("shift", "(III)I", List.of("v", "pos", "count"), CONTRACT).orElseThrow();
    assertThat(p.deadLines()).containsExactly(5, 16);
    // Line 4: two conditional jumps, their "outside" outcomes (2 of 4 edges) infeasible.
    assertThat(p.onlyInfeasibleMissed(4, 2, 4)).isTrue();
    assertThat(p.onlyInfeasibleMissed(4, 1, 4)).isFalse();
    assertThat(p.onlyInfeasibleMissed(4, 3, 4)).isFalse();
  }

  @Test
  void aBranchOnAnUnknownParameterIsNotExempted() {
    DeadCode.Proof p = prove("shift", "(III)I", List.of("v", "pos", "count"), CONTRACT).orElseThrow();
    assertThat(p.deadLines()).doesNotContain(7, 8);
    assertThat(p.onlyInfeasibleMissed(7, 1, 2)).isFalse();
  }

  @Test
  void aSwitchTargetOutsideThePreconditionIsInfeasibleCountedAsJaCoCoDoes() {
    DeadCode.Proof p = prove("shift", "(III)I", List.of("v", "pos", "count"), CONTRACT).orElseThrow();
    // Line 10: cases 0..3 and the default, five distinct targets; pos is 0..3, so only the
    // default is never taken.
    assertThat(p.onlyInfeasibleMissed(10, 1, 5)).isTrue();
    assertThat(p.onlyInfeasibleMissed(10, 2, 5)).isFalse();
    assertThat(p.onlyInfeasibleMissed(10, 1, 4)).isFalse();
  }

  @Test
  void noSwitchLineIsClaimedWhereJaCoCoRecountsSwitchBranches() {
    // A String.hashCode call is how a switch on a String compiles, and JaCoCo's filter recounts
    // such switches; the proof keeps out of every switch line of that method.
    DeadCode.Proof p = prove("keyed", "(II)I", List.of("v", "pos"), "pos >= 0 && pos <= 1").orElseThrow();
    assertThat(p.onlyInfeasibleMissed(65, 1, 3)).isFalse();
    assertThat(p.branches()).doesNotContainKey(65);
  }

  @Test
  void aLoopWithAKnownCounterIsFollowedIterationByIteration() {
    DeadCode.Proof p = prove("gather", "(III)I", List.of("v", "pos", "count"), CONTRACT).orElseThrow();
    assertThat(p.deadLines()).containsExactly(25);
    assertThat(p.deadLines()).doesNotContain(23);
  }

  @Test
  void manyInputsDoNotWidenEachOthersLoops() {
    // 1000 tuples pass the loop head 4 times each: widening counts per input, so pos stays known.
    DeadCode.Proof p = prove("spread", "(II)I", List.of("v", "pos"), "pos >= 0 && pos < 1000").orElseThrow();
    assertThat(p.deadLines()).containsExactly(59);
  }

  @Test
  void aLoopOnAnUnknownBoundEndsAndClaimsNothingItCannotShow() {
    DeadCode.Proof p = prove("sumTo", "(II)I", List.of("v", "pos"), "pos >= 0 && pos < 4").orElseThrow();
    assertThat(p.deadLines()).isEmpty();
  }

  @Test
  void aLineReachableOnlyThroughAnExceptionHandlerStaysReachable() {
    DeadCode.Proof p = prove("guarded", "(II)I", List.of("v", "pos"), "pos >= 0 && pos < 4").orElseThrow();
    assertThat(p.deadLines()).doesNotContain(44, 45);
  }

  @Test
  void noClaimForARecursiveMethodOrWithoutAnEnumerableDomain() {
    // again(v, pos - 1) could enter with pos outside the precondition.
    assertThat(prove("again", "(II)I", List.of("v", "pos"), "pos >= 0 && pos < 4")).isEmpty();
    assertThat(prove("shift", "(III)I", List.of("v", "pos", "count"), "pos >= 0")).isEmpty();
    assertThat(prove("shift", "(III)I", List.of("v", "pos"), CONTRACT)).isEmpty();
  }
}
