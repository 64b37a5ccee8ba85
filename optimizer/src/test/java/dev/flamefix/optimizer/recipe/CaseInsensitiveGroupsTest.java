package dev.flamefix.optimizer.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ignore-case form of {@code nested-loop-join} groups keys in a {@code TreeMap} ordered by {@code
 * String.CASE_INSENSITIVE_ORDER} and relies on one property of the running JDK: two strings equal
 * ignoring case compare as 0, so none is missed. Checked for every pair of code points the JDK could
 * call equal ignoring case (same upper case, or same lower case of the upper case), each followed by
 * an ASCII letter in differing case.
 */
class CaseInsensitiveGroupsTest {

  @Test
  void everyPairEqualIgnoringCaseComparesAsEqual() {
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      groups.computeIfAbsent(Character.toLowerCase(Character.toUpperCase(cp)), k -> new ArrayList<>()).add(cp);
      groups.computeIfAbsent(-1 - Character.toUpperCase(cp), k -> new ArrayList<>()).add(cp);
    }
    long equalPairs = 0;
    List<String> missed = new ArrayList<>();
    for (List<Integer> group : groups.values()) {
      for (int x : group) {
        for (int y : group) {
          String a = new String(Character.toChars(x)) + "q";
          String b = new String(Character.toChars(y)) + "Q";
          if (a.equalsIgnoreCase(b)) {
            equalPairs++;
            if (String.CASE_INSENSITIVE_ORDER.compare(a, b) != 0 && missed.size() < 5) {
              missed.add(Integer.toHexString(x) + "/" + Integer.toHexString(y));
            }
          }
        }
      }
    }
    assertThat(missed).isEmpty();
    // The Kelvin sign and k, dotless i and I, long s and S are among them.
    assertThat("\u212A".equalsIgnoreCase("k")).isTrue();
    assertThat(String.CASE_INSENSITIVE_ORDER.compare("\u212A", "k")).isZero();
    assertThat(equalPairs).isGreaterThan(1_000_000);
  }
}
