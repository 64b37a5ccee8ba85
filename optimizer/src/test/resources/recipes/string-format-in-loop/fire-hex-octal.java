// expect: formatInteger(
import java.util.ArrayList;
import java.util.List;

public class Fixture {
  /** Register dumps: hex and octal of ints and longs, negatives in two's complement, padded and not. */
  public static List<String> target(int[] words, long[] addresses, Integer[] flags, Long[] masks) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      int w = words[i];
      long a = addresses[i];
      lines.add(String.format("%x|%X|%o|%8x|%-8X|%08x|%011o|%1x|%-12o|%016X%n", w, w, w, w, w, w, w, w, w, w));
      lines.add(String.format("%x|%X|%o|%20x|%-20X|%020x|%024o|%1o%n", a, a, a, a, a, a, a, a));
      lines.add("%x|%X|%6X|%-6x|%06o|%o".formatted(flags[i], flags[i], flags[i], flags[i], flags[i], flags[i])
          + String.format("|%x|%X|%010X|%-10o%n", masks[i], masks[i], masks[i], masks[i]));
    }
    return lines;
  }

  public static String check() {
    int[] words = {0, 1, -1, 9, 10, 15, 16, 255, -255, 4096, 0xCAFE, 0x7fffffff, Integer.MIN_VALUE, -16, 0xdeadbeef, 8, 7};
    long[] addresses = {0, 1, -1, 9, 10, 15, 16, 255, -255, 4096, 0xCAFEBABEL, Long.MAX_VALUE, Long.MIN_VALUE, -16,
        0xdeadbeefL, 1L << 40, -(1L << 40)};
    Integer[] flags = {null, 0, -1, 1, 255, -256, Integer.MAX_VALUE, Integer.MIN_VALUE, 10, null, 4095, 64, -64, 3, 8, 9, 11};
    Long[] masks = {null, 0L, -1L, 1L, 255L, -256L, Long.MAX_VALUE, Long.MIN_VALUE, 10L, 11L, null, 4095L, 64L, -64L, 3L, 8L,
        9L};
    return String.join("", target(words, addresses, flags, masks));
  }
}
