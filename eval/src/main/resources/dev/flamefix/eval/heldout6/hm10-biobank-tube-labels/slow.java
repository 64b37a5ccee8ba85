package biobank.freezers;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

public class TubeLabeller {

  /** A cryotube slot: collection site, freezer, rack in the freezer and position in the box. */
  public record Tube(String site, int freezer, int rack, int position) {}

  /** Barcode texts for the tubes of one aliquoting batch, in the order given. */
  public List<String> labels(String batch, List<Tube> tubes) {
    return tubes.stream()
        .map(tube -> "%s-F%02d-R%03d-P%03d/%s".formatted(
            tube.site().toUpperCase(Locale.ROOT), tube.freezer(), tube.rack(), tube.position(), batch))
        .collect(Collectors.toList());
  }
}
