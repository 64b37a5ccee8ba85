// expect: Optional.ofNullable(plotsByPlotCode.get(request.plotCode()))
import java.util.*;

public class Fixture {
  record Plot(String plotCode, String gardener, int squareMetres) {}

  record Request(String plotCode, String crop) {}

  record Assignment(String crop, String gardener, int squareMetres) {}

  public static List<Assignment> target(List<Plot> plots, List<Request> requests) {
    List<Assignment> out = new ArrayList<>();
    for (Request request : requests) {
      Optional<Plot> plot = plots.stream()
          .filter(p -> p.plotCode().equals(request.plotCode()))
          .findFirst();
      plot.ifPresent(p -> out.add(new Assignment(request.crop(), p.gardener(), p.squareMetres())));
    }
    return out;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    List<Plot> plots = List.of(new Plot("A1", "ivo", 12), new Plot("B2", "mei", 9), new Plot("A1", "dup", 3));
    out.append(safe(() -> target(plots, List.of(new Request("A1", "kale"), new Request("Z9", "leek"), new Request("B2", "bean"))))).append('\n');
    out.append(safe(() -> target(plots, List.of(new Request(null, "pea"))))).append('\n');
    out.append(safe(() -> target(List.of(), List.of(new Request("A1", "kale"))))).append('\n');
    out.append(safe(() -> target(Arrays.asList(new Plot("B2", "mei", 9), null), List.of(new Request("B2", "x"), new Request("C3", "y"))))).append('\n');
    out.append(safe(() -> target(Arrays.asList(new Plot(null, "nul", 1), new Plot("B2", "mei", 9)), List.of(new Request("B2", "x"))))).append('\n');
    out.append(safe(() -> target(Arrays.asList(new Plot("B2", "mei", 9), new Plot(null, "nul", 1)), List.of(new Request("B2", "x"))))).append('\n');
    out.append(safe(() -> target(plots, Arrays.asList(new Request("B2", "x"), null)))).append('\n');
    out.append(safe(() -> target(null, List.of(new Request("B2", "x"))))).append('\n');
    out.append(safe(() -> target(null, List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
