package skirental.fitting;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
      List<Boot> exact = rack.stream()
          .filter(boot -> !boot.rented())
          .filter(boot -> boot.mondo() == request.mondo() && boot.flex().equals(request.flex()))
          .collect(Collectors.toList());
      if (!exact.isEmpty()) {
        fitted.add(request.customer());
        continue;
      }
      int halfUp = request.mondo() + 5;
      if (rack.stream().filter(boot -> !boot.rented() && boot.mondo() == halfUp).count() != 0) {
        fitted.add(request.customer() + " (+half)");
      }
    }
    return fitted;
  }
}
