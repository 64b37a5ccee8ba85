package weaving.jacquard;

public class MotifFinder {

  /** Where a motif occurs in the card chain: how often (overlaps count) and the first card, or -1. */
  public record Occurrences(int count, int firstCard) {}

  /**
   * Each character of the chain is one punched card's lifting code; the motif is a run of cards
   * the designer wants to find (for a repeat or a fault).
   */
  public Occurrences find(String cardChain, String motif) {
    if (motif.isEmpty()) {
      throw new IllegalArgumentException("empty motif");
    }
    int count = 0;
    int first = -1;
    for (int start = 0; start + motif.length() <= cardChain.length(); start++) {
      int matched = 0;
      while (matched < motif.length() && cardChain.charAt(start + matched) == motif.charAt(matched)) {
        matched++;
      }
      if (matched == motif.length()) {
        if (first < 0) {
          first = start;
        }
        count++;
      }
    }
    return new Occurrences(count, first);
  }
}
