// expect: highlightPatterns.computeIfAbsent("(?:" + String.join("|", quotedTerms()) + ")",  regex -> Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

public class Fixture {
  private final List<String> terms;
  private final String marker;

  Fixture(List<String> terms, String marker) {
    this.terms = List.copyOf(terms);
    this.marker = marker;
  }

  public List<String> target(List<String> abstracts) {
    List<String> out = new ArrayList<>();
    for (String a : abstracts) out.add(highlight(a));
    return out;
  }

  private String highlight(String text) {
    Pattern p = Pattern.compile("(?:" + String.join("|", quotedTerms()) + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    Matcher m = p.matcher(text);
    return m.replaceAll(marker + "$0" + marker) + "/" + p.flags() + "/" + p.pattern().length();
  }

  private List<String> quotedTerms() {
    return terms.stream().map(Pattern::quote).collect(Collectors.toList());
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    Fixture f = new Fixture(List.of("gene", "a.b"), "*");
    out.append(safe(() -> f.target(List.of("Gene expression of a.b", "axb GENES", "")))).append('\n');
    Fixture g = new Fixture(List.of("cell"), "_");
    out.append(safe(() -> g.target(List.of("cell gene")))).append('\n');
    out.append(safe(() -> f.target(Arrays.asList("x", null)))).append('\n');
    Fixture empty = new Fixture(List.of(), "!");
    out.append(safe(() -> empty.target(List.of("abc")))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
