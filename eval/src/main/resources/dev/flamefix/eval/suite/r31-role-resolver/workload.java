package com.example.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

public final class RoleResolverWorkload {
  public static Supplier<Object> workload() {
    // A ladder of diamonds: every level inherits both roles of the level below.
    Map<String, List<String>> graph = new HashMap<>();
    int levels = 11;
    for (int l = 0; l < levels; l++) {
      for (String side : new String[] {"a", "b"}) {
        String role = "r" + l + side;
        graph.put("perm:" + role, List.of("p" + l + side, "shared"));
        if (l > 0) {
          graph.put(role, new ArrayList<>(List.of("r" + (l - 1) + "a", "r" + (l - 1) + "b")));
        }
      }
    }
    return () -> RoleResolver.permissionCount(graph, "r" + (levels - 1) + "a");
  }
}
