package com.example.feeds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class FeedPager {

  public record Post(String title, long publishedAt) {}

  /** For each requested size, the titles of that many newest posts (ties: earlier in the input first). */
  public static List<List<String>> pageTitles(List<Post> posts, int[] sizes) {
    List<List<String>> pages = new ArrayList<>();
    if (sizes.length == 0) {
      return pages;
    }
    List<Post> newestFirst = new ArrayList<>(posts);
    newestFirst.sort(Comparator.comparingLong(Post::publishedAt).reversed());
    for (int size : sizes) {
      if (size < 0) {
        throw new IllegalArgumentException(Integer.toString(size));
      }
      int n = Math.min(size, newestFirst.size());
      List<String> titles = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        titles.add(newestFirst.get(i).title());
      }
      pages.add(titles);
    }
    return pages;
  }
}
