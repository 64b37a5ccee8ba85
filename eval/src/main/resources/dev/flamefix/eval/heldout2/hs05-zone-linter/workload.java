package dns.resolver.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class ZoneLinterWorkload {
  public static Supplier<Object> workload() {
    String[] hosts = {"www", "mail", "smtp-out", "_dmarc", "api-v2", "cdn", "edge-", "ns1", "vpn", "git"};
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 800; i++) {
      names.add(hosts[i % hosts.length] + (i % 7 == 0 ? "" : "." + "site" + i % 41) + ".example.net" + (i % 2 == 0 ? "." : ""));
    }
    return () -> ZoneLinter.invalidNames(names);
  }
}
