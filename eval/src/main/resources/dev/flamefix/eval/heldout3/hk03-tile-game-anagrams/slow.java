package games.tiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public final class AnagramFinder {

  private AnagramFinder() {}

  /**
   * The words (in dictionary order, repeats kept) for which the dictionary holds a different word
   * made of exactly the same letters. Letters are compared as they are (case matters).
   */
  public static List<String> wordsWithAnagram(List<String> dictionary) {
    List<String> result = new ArrayList<>();
    for (String word : dictionary) {
      for (String other : dictionary) {
        if (!other.equals(word) && isAnagram(word, other)) {
          result.add(word);
          break;
        }
      }
    }
    return result;
  }

  private static boolean isAnagram(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    char[] x = a.toCharArray();
    char[] y = b.toCharArray();
    Arrays.sort(x);
    Arrays.sort(y);
    return Arrays.equals(x, y);
  }
}
