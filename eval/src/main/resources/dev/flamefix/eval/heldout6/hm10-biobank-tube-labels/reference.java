package biobank.freezers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

public class TubeLabeller {

  /** A cryotube slot: collection site, freezer, rack in the freezer and position in the box. */
  public record Tube(String site, int freezer, int rack, int position) {}

  /** Barcode texts for the tubes of one aliquoting batch, in the order given. */
  public List<String> labels(String batch, List<Tube> tubes) {
    List<String> labels = new ArrayList<>(tubes.size());
    StringBuilder sb = new StringBuilder(48);
    for (Tube tube : tubes) {
      sb.setLength(0);
      sb.append(tube.site().toUpperCase(Locale.ROOT)).append("-F");
      zeroPadded(sb, tube.freezer(), 2);
      sb.append("-R");
      zeroPadded(sb, tube.rack(), 3);
      sb.append("-P");
      zeroPadded(sb, tube.position(), 3);
      sb.append('/').append(batch);
      labels.add(sb.toString());
    }
    return labels;
  }

  /** What %0{width}d prints: the sign, then zeros up to the width, then the digits. */
  private static void zeroPadded(StringBuilder sb, int value, int width) {
    String digits = value < 0 ? Long.toString(-(long) value) : Integer.toString(value);
    int length = digits.length();
    if (value < 0) {
      sb.append('-');
      length++;
    }
    for (int i = length; i < width; i++) {
      sb.append('0');
    }
    sb.append(digits);
  }
}
