import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Fixture {
  private final List<String> terms;

  Fixture(List<String> terms) {
    this.terms = new ArrayList<>(terms);
  }

  public List<String> target(List<String> abstracts) {
    List<String> out = new ArrayList<>();
    for (String a : abstracts) out.add(highlight(a));
    return out;
  }

  private String highlight(String text) {
    Pattern p = Pattern.compile("(?:" + String.join("|", quotedTerms()) + ")", Pattern.CASE_INSENSITIVE);
    Matcher m = p.matcher(text);
    return m.replaceAll("[$0]") + "/" + p.flags();
  }

  private List<String> quotedTerms() {
    List<String> q = new ArrayList<>();
    for (String t : terms) q.add(Pattern.quote(t));
    return q;
  }

  void addTerm(String t) {
    terms.add(t);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    Fixture f = new Fixture(List.of("gene", "a.b"));
    out.append(safe(() -> f.target(List.of("Gene expression of a.b", "axb GENES", "")))).append('\n');
    f.addTerm("cell");
    out.append(safe(() -> f.target(List.of("cell gene")))).append('\n');
    out.append(safe(() -> f.target(Arrays.asList("x", null)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
