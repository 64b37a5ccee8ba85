package games.tiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class AnagramFinder {

  private AnagramFinder() {}

  /**
   * The words (in dictionary order, repeats kept) for which the dictionary holds a different word
   * made of exactly the same letters. Letters are compared as they are (case matters).
   */
  public static List<String> wordsWithAnagram(List<String> dictionary) {
    Map<String, Set<String>> byLetters = new HashMap<>();
    List<String> keys = new ArrayList<>(dictionary.size());
    for (String word : dictionary) {
      String key = letters(word);
      keys.add(key);
      byLetters.computeIfAbsent(key, k -> new HashSet<>()).add(word);
    }
    List<String> result = new ArrayList<>();
    for (int i = 0; i < dictionary.size(); i++) {
      if (byLetters.get(keys.get(i)).size() > 1) {
        result.add(dictionary.get(i));
      }
    }
    return result;
  }

  private static String letters(String word) {
    char[] sorted = word.toCharArray();
    Arrays.sort(sorted);
    return new String(sorted);
  }
}
