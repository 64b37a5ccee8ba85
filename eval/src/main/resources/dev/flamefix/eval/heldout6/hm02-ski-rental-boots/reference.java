package skirental.fitting;

import java.util.ArrayList;
import java.util.List;

public class BootRack {

  /** A boot on the rack: its tag, Mondopoint size in millimetres, flex class and whether it is out. */
  public record Boot(String tag, int mondo, String flex, boolean rented) {}

  /** A customer at the counter asking for a size and a flex class. */
  public record Request(String customer, int mondo, String flex) {}

  private final List<Boot> rack;

  public BootRack(List<Boot> rack) {
    this.rack = List.copyOf(rack);
  }

  /**
   * The customers who can be served, in queue order: an exact fit is listed by name; with no free
   * boot of that size and flex, a free boot half a size up (5 mm, any flex) is offered instead.
   */
  public List<String> canFit(List<Request> requests) {
    List<String> fitted = new ArrayList<>();
    for (Request request : requests) {
      if (hasExactFit(request)) {
        fitted.add(request.customer());
      } else if (hasFreeSize(request.mondo() + 5)) {
        fitted.add(request.customer() + " (+half)");
      }
    }
    return fitted;
  }

  private boolean hasExactFit(Request request) {
    for (Boot boot : rack) {
      if (!boot.rented() && boot.mondo() == request.mondo() && boot.flex().equals(request.flex())) {
        return true;
      }
    }
    return false;
  }

  private boolean hasFreeSize(int mondo) {
    for (Boot boot : rack) {
      if (!boot.rented() && boot.mondo() == mondo) {
        return true;
      }
    }
    return false;
  }
}
