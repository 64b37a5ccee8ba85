package games.tiles;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class AnagramFinderWorkload {
  public static Supplier<Object> workload() {
    List<String> dictionary = new ArrayList<>();
    String letters = "etaoinshrdlucmfw";
    for (int i = 0; i < 450; i++) {
      int length = 4 + i % 5;
      StringBuilder word = new StringBuilder();
      for (int k = 0; k < length; k++) {
        word.append(letters.charAt((i * 7 + k * (3 + i % 4) + (i / 50) * k * k) % letters.length()));
      }
      dictionary.add(word.toString());
    }
    return () -> AnagramFinder.wordsWithAnagram(dictionary);
  }
}
