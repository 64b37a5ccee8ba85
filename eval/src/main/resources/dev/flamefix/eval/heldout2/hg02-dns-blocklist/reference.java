package dns.filter.blocklist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

public class BlockList {

  private final Set<String> domains = new HashSet<>();

  public BlockList(List<String> blockedDomains) {
    for (String domain : blockedDomains) {
      domains.add(normalize(domain));
    }
  }

  /**
   * The queried names (in order, as given) that the resolver must refuse: the name is a blocked
   * domain or lies below one. Case and one trailing root dot are ignored.
   */
  public List<String> blocked(List<String> queries) {
    List<String> refused = new ArrayList<>();
    for (String query : queries) {
      if (isAtOrBelowBlocked(normalize(query))) {
        refused.add(query);
      }
    }
    return refused;
  }

  /** A domain d matches when d == name or name ends with "." + d: d is the text after some dot. */
  private boolean isAtOrBelowBlocked(String name) {
    if (domains.contains(name)) {
      return true;
    }
    for (int dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
      if (domains.contains(name.substring(dot + 1))) {
        return true;
      }
    }
    return false;
  }

  private static String normalize(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
