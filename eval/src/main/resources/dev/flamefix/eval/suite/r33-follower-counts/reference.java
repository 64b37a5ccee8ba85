package com.example.social;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

public class FollowerBadges {

  public record Profile(String handle, long followers) {}

  public static List<String> badges(List<Profile> profiles) {
    NumberFormat compact = NumberFormat.getCompactNumberInstance(Locale.US, NumberFormat.Style.SHORT);
    compact.setMaximumFractionDigits(1);
    List<String> out = new ArrayList<>(profiles.size());
    for (Profile p : profiles) {
      out.add("@" + p.handle() + " " + compact.format(p.followers()));
    }
    return out;
  }
}
