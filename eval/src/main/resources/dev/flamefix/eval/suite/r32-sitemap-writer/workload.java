package com.example.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class SitemapWriterWorkload {
  public static Supplier<Object> workload() {
    List<SitemapWriter.Page> pages = new ArrayList<>();
    for (int i = 0; i < 700; i++) {
      pages.add(new SitemapWriter.Page("/docs/page-" + i + "?lang=en&v=" + (i % 3), "2024-05-" + (10 + i % 20), (i % 10) / 10.0));
    }
    return () -> SitemapWriter.sitemap("https://example.org", pages);
  }
}
