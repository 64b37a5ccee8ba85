package com.example.social;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class FollowerBadgesWorkload {
  public static Supplier<Object> workload() {
    List<FollowerBadges.Profile> profiles = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      profiles.add(new FollowerBadges.Profile("user" + i, (i * 7919L * i) % 50_000_000L));
    }
    return () -> FollowerBadges.badges(profiles);
  }
}
