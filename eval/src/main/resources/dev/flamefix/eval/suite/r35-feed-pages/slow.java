package com.example.feeds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

public class FeedPager {

  public record Post(String title, long publishedAt) {}

  /** For each requested size, the titles of that many newest posts (ties: earlier in the input first). */
  public static List<List<String>> pageTitles(List<Post> posts, int[] sizes) {
    List<List<String>> pages = new ArrayList<>();
    for (int size : sizes) {
      pages.add(posts.stream()
          .sorted(Comparator.comparingLong(Post::publishedAt).reversed())
          .limit(size)
          .map(Post::title)
          .collect(Collectors.toList()));
    }
    return pages;
  }
}
