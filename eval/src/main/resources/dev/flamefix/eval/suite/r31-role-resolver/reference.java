package com.example.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

public class RoleResolver {

  /**
   * Number of distinct permissions of {@code role}: its own plus those of every role it inherits.
   * The inheritance graph is acyclic. Own permissions are listed under "perm:" + role.
   */
  public static int permissionCount(Map<String, List<String>> graph, String role) {
    return resolve(graph, role, new HashMap<>()).size();
  }

  private static Set<String> resolve(Map<String, List<String>> graph, String role, Map<String, Set<String>> memo) {
    Set<String> known = memo.get(role);
    if (known != null) {
      return known;
    }
    Set<String> perms = new TreeSet<>(graph.getOrDefault("perm:" + role, List.of()));
    for (String parent : graph.getOrDefault(role, List.of())) {
      perms.addAll(resolve(graph, parent, memo));
    }
    memo.put(role, perms);
    return perms;
  }
}
