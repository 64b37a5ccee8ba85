package com.example.web;

import java.util.List;

public class SitemapWriter {

  public record Page(String path, String lastModified, double priority) {}

  public static String sitemap(String baseUrl, List<Page> pages) {
    StringBuilder xml = new StringBuilder(64 + pages.size() * 120);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset>\n");
    for (Page page : pages) {
      xml.append("  <url><loc>").append(baseUrl).append(page.path().replace("&", "&amp;"))
          .append("</loc><lastmod>").append(page.lastModified())
          .append("</lastmod><priority>").append(page.priority()).append("</priority></url>\n");
    }
    xml.append("</urlset>\n");
    return xml.toString();
  }
}
