import java.util.*;

public class Fixture {
  /** Not a String: its matches(String) is its own method, not a regex. */
  static final class Tile {
    final String glyph;
    Tile(String glyph) { this.glyph = glyph; }
    boolean matches(String other) { return glyph.equalsIgnoreCase(other); }
  }

  public static long target(List<Tile> board) {
    return board.stream().filter(t -> t.matches("x+")).count();
  }

  public static String check() {
    return String.valueOf(target(List.of(new Tile("X+"), new Tile("xx"))));
  }
}
