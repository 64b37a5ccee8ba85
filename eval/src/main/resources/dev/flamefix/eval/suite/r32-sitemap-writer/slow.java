package com.example.web;

import java.util.List;

public class SitemapWriter {

  public record Page(String path, String lastModified, double priority) {}

  public static String sitemap(String baseUrl, List<Page> pages) {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset>\n";
    for (Page page : pages) {
      String loc = baseUrl + page.path().replace("&", "&amp;");
      xml = xml + "  <url><loc>" + loc + "</loc><lastmod>" + page.lastModified()
          + "</lastmod><priority>" + page.priority() + "</priority></url>\n";
    }
    xml += "</urlset>\n";
    return xml;
  }
}
