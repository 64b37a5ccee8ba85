package com.example.events;

import java.util.List;

public class EventDispatcher {

  private int clicks;
  private int views;
  private int purchases;

  public int onClick() {
    return ++clicks;
  }

  public int onView() {
    return ++views;
  }

  public int onPurchase() {
    return purchases += 10;
  }

  /** Returns the sum of the handler results; unknown event types are ignored. */
  public long dispatchAll(List<String> eventTypes) {
    long total = 0;
    for (String type : eventTypes) {
      if (type.isEmpty()) {
        throw new StringIndexOutOfBoundsException("index 0, length 0");
      }
      switch (type) {
        case "click": case "Click": total += onClick(); break;
        case "view": case "View": total += onView(); break;
        case "purchase": case "Purchase": total += onPurchase(); break;
        default: break;
      }
    }
    return total;
  }
}
