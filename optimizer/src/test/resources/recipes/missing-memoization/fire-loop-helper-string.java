// expect: syllablesMemo.computeIfAbsent(w,  key -> syllables(key))
import java.util.*;

public class Fixture {
  private static final String[] SILENT_ENDINGS = {"es", "ed", "e"};

  /** Syllables per line of a poem; words repeat a lot. */
  public static List<Integer> target(String[] lines) {
    List<Integer> counts = new ArrayList<>();
    for (String line : lines) {
      int n = 0;
      for (String w : line.split(" ")) {
        if (w.isEmpty()) continue;
        n += syllables(w);
      }
      counts.add(n);
    }
    return counts;
  }

  private static int syllables(String word) {
    if (word.equals("!")) throw new IllegalArgumentException("not a word: " + word);
    int groups = 0;
    boolean inVowels = false;
    for (int i = 0; i < word.length(); i++) {
      boolean vowel = "aeiouy".indexOf(Character.toLowerCase(word.charAt(i))) >= 0;
      if (vowel && !inVowels) groups++;
      inVowels = vowel;
    }
    // A trailing silent ending does not make a syllable of its own.
    for (int k = 0; k < SILENT_ENDINGS.length; k++) {
      if (groups > 1 && word.endsWith(SILENT_ENDINGS[k])) {
        groups--;
        break;
      }
    }
    return Math.max(1, groups);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new String[] {"the cat sat on the mat", "the  rhythm of the sea", "", "she hoped the roses faded"}))).append('\n');
    out.append(safe(() -> target(new String[] {"hello there", "say ! twice", "never reached"}))).append('\n');
    out.append(safe(() -> target(new String[0]))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
