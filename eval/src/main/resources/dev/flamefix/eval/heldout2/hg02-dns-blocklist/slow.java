package dns.filter.blocklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

public class BlockList {

  private final List<String> domains = new ArrayList<>();

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
      String name = normalize(query);
      for (String domain : domains) {
        if (isAtOrBelow(name, domain)) {
          refused.add(query);
          break;
        }
      }
    }
    return refused;
  }

  private static boolean isAtOrBelow(String name, String domain) {
    if (!name.endsWith(domain)) {
      return false;
    }
    int boundary = name.length() - domain.length() - 1;
    return boundary < 0 || name.charAt(boundary) == '.';
  }

  private static String normalize(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
