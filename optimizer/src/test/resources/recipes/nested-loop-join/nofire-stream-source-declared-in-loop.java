// refuses: 'menu' is declared inside the loop
import java.util.*;

public class Fixture {
  record Dish(String name, int price) {}

  public static int target(List<List<Dish>> menus, List<String> orders) {
    int bill = 0;
    for (int i = 0; i < menus.size(); i++) {
      List<Dish> menu = menus.get(i);
      for (String o : orders) {
        bill += menu.stream().filter(d -> d.name().equals(o)).findFirst().map(d -> d.price()).orElse(0);
      }
    }
    return bill;
  }

  public static String check() {
    return String.valueOf(target(List.of(List.of(new Dish("soup", 4)), List.of(new Dish("soup", 6))), List.of("soup")));
  }
}
