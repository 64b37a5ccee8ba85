// expect: : kennelsByTag.containsKey(dog.tag()))
import java.util.*;

public class Fixture {
  enum Size { SMALL, LARGE }

  record Kennel(Integer tag, Size size) {}

  record Dog(Integer tag, String name) {}

  public static List<String> target(Collection<Kennel> kennels, List<Dog> dogs) {
    List<String> homeless = new ArrayList<>();
    for (int i = 0; i < dogs.size(); i++) {
      Dog dog = dogs.get(i);
      boolean housed = kennels.stream().anyMatch(k -> dog.tag().equals(k.tag()));
      if (!housed) {
        homeless.add(dog.name());
      }
    }
    return homeless;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    List<Kennel> ks = List.of(new Kennel(7, Size.SMALL), new Kennel(1000, Size.LARGE));
    out.append(safe(() -> target(ks, List.of(new Dog(7, "rex"), new Dog(8, "fido"), new Dog(1000, "max"))))).append('\n');
    out.append(safe(() -> target(ks, List.of(new Dog(null, "ghost"))))).append('\n');
    out.append(safe(() -> target(List.of(), List.of(new Dog(null, "ghost"))))).append('\n');
    out.append(safe(() -> target(Arrays.asList(new Kennel(null, Size.SMALL)), List.of(new Dog(7, "rex"))))).append('\n');
    out.append(safe(() -> target(Arrays.asList(new Kennel(7, Size.SMALL), null), List.of(new Dog(7, "rex"), new Dog(9, "bo"))))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
