package dns.resolver.zone;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

public final class ZoneLinter {

  private ZoneLinter() {}

  /** The owner names of a zone that are not valid host names, in input order (duplicates kept). */
  public static List<String> invalidNames(List<String> names) {
    return names.stream().filter(name -> !isHostName(name)).collect(Collectors.toList());
  }

  /**
   * RFC 1123 host name: at most 253 characters without the optional root dot, dot-separated
   * labels of 1 to 63 letters, digits and inner hyphens.
   */
  static boolean isHostName(String name) {
    String fqdn = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    if (fqdn.isEmpty() || fqdn.length() > 253) {
      return false;
    }
    return Arrays.stream(fqdn.split("\\.", -1))
        .allMatch(label -> label.matches("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"));
  }
}
