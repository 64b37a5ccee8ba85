package com.example.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class FeedPagerWorkload {
  public static Supplier<Object> workload() {
    List<FeedPager.Post> posts = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      posts.add(new FeedPager.Post("post " + i, 1_700_000_000L + (i * 7919L) % 1_000_000));
    }
    int[] sizes = {10, 20, 50, 10, 100, 20, 10, 30};
    return () -> FeedPager.pageTitles(posts, sizes);
  }
}
