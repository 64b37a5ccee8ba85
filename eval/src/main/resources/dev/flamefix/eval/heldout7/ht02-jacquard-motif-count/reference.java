package weaving.jacquard;

public class MotifFinder {

  /** Where a motif occurs in the card chain: how often (overlaps count) and the first card, or -1. */
  public record Occurrences(int count, int firstCard) {}

  /**
   * Each character of the chain is one punched card's lifting code; the motif is a run of cards
   * the designer wants to find (for a repeat or a fault).
   */
  public Occurrences find(String cardChain, String motif) {
    int m = motif.length();
    if (m == 0) {
      throw new IllegalArgumentException("empty motif");
    }
    int n = cardChain.length();
    int[] border = new int[m];
    for (int i = 1, k = 0; i < m; i++) {
      while (k > 0 && motif.charAt(i) != motif.charAt(k)) {
        k = border[k - 1];
      }
      if (motif.charAt(i) == motif.charAt(k)) {
        k++;
      }
      border[i] = k;
    }
    int count = 0;
    int first = -1;
    for (int i = 0, k = 0; i < n; i++) {
      while (k > 0 && cardChain.charAt(i) != motif.charAt(k)) {
        k = border[k - 1];
      }
      if (cardChain.charAt(i) == motif.charAt(k)) {
        k++;
      }
      if (k == m) {
        if (first < 0) {
          first = i - m + 1;
        }
        count++;
        k = border[k - 1];
      }
    }
    return new Occurrences(count, first);
  }
}
