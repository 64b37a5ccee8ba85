package com.example.cms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class SluggerWorkload {
  public static Supplier<Object> workload() {
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      titles.add("  Release Notes #" + i + ": What's new in v" + (i % 9) + "." + (i % 4) + "!  ");
    }
    return () -> Slugger.slugifyAll(titles);
  }
}
