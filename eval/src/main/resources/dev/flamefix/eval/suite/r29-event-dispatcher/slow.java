package com.example.events;

import java.lang.reflect.Method;
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
      String handler = "on" + Character.toUpperCase(type.charAt(0)) + type.substring(1);
      try {
        Method m = getClass().getMethod(handler);
        total += (Integer) m.invoke(this);
      } catch (NoSuchMethodException e) {
        // no handler for this event type
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return total;
  }
}
