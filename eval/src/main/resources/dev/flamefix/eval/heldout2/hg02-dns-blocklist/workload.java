package dns.filter.blocklist;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class BlockListWorkload {
  public static Supplier<Object> workload() {
    List<String> blockedDomains = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      blockedDomains.add("ad" + i + ".track" + i % 17 + ".net");
    }
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      queries.add(i % 9 == 0 ? "img.ad" + (i * 13) % 1_500 + ".track" + (i * 13) % 1_500 % 17 + ".net"
          : "cdn" + i % 40 + ".assets" + i % 11 + ".example.com");
    }
    BlockList list = new BlockList(blockedDomains);
    return () -> list.blocked(queries);
  }
}
