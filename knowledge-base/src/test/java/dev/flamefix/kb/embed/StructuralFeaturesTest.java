package dev.flamefix.kb.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.kb.embed.StructuralFeatures.Feature;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StructuralFeaturesTest {

  private static Map<Feature, Integer> f(String code) {
    return StructuralFeatures.counts(code);
  }

  @Test
  void stringConcatenationInLoopIsSeenAndBuilderIsNot() {
    String slow = "String join(List<String> xs) { String s = \"\"; for (String x : xs) { s += x; } return s; }";
    String slow2 = "String join(int[] xs) { String s = \"\"; for (int x : xs) s = s + x + \",\"; return s; }";
    String fast = "String join(List<String> xs) { StringBuilder s = new StringBuilder(); for (String x : xs) s.append(x); return s.toString(); }";
    assertThat(f(slow)).containsKey(Feature.STRING_CONCAT_IN_LOOP);
    assertThat(f(slow2)).containsKey(Feature.STRING_CONCAT_IN_LOOP);
    assertThat(f(fast)).doesNotContainKey(Feature.STRING_CONCAT_IN_LOOP).containsKey(Feature.STRING_BUILDER);
  }

  @Test
  void numericCompoundAssignmentIsNotStringConcatenation() {
    assertThat(f("int sum(int[] xs) { int s = 0; for (int x : xs) s += x; return s; }"))
        .doesNotContainKey(Feature.STRING_CONCAT_IN_LOOP);
  }

  @Test
  void aCallOnlyOnNamesTheLoopNeverChangesIsInvariant() {
    assertThat(f("double f(double[] xs, double base, int k) { double s = 0; for (double x : xs) s += x * pow2(base, k); return s; }"))
        .containsKey(Feature.INVARIANT_CALL_IN_LOOP);
    assertThat(f("double f(double[] xs, double base) { double s = 0; for (double x : xs) s += pow2(base, x); return s; }"))
        .as("reads the loop variable").doesNotContainKey(Feature.INVARIANT_CALL_IN_LOOP);
    assertThat(f("void f(List<List<String>> rows, String p) { for (List<String> r : rows) r.removeIf(c -> c.startsWith(p)); }"))
        .as("reads a lambda parameter declared in the loop").doesNotContainKey(Feature.INVARIANT_CALL_IN_LOOP);
  }

  @Test
  void listContainsInLoopIsALinearSearchButSetContainsIsNot() {
    assertThat(f("int n(List<String> a, List<String> b) { int n = 0; for (String x : a) if (b.contains(x)) n++; return n; }"))
        .containsKey(Feature.LINEAR_SEARCH_IN_LOOP);
    assertThat(f("int n(List<String> a, Set<String> b) { int n = 0; for (String x : a) if (b.contains(x)) n++; return n; }"))
        .doesNotContainKey(Feature.LINEAR_SEARCH_IN_LOOP)
        .containsKey(Feature.HASH_COLLECTION);
  }

  @Test
  void regexPerCallIsSeenButStaticPatternIsNot() {
    assertThat(f("boolean ok(List<String> xs) { for (String x : xs) if (!x.matches(\"\\\\d+\")) return false; return true; }"))
        .containsKeys(Feature.REGEX_IN_LOOP, Feature.REGEX_CALL);
    assertThat(f("boolean ok(String x) { return Pattern.compile(\"\\\\d+\").matcher(x).matches(); }"))
        .containsKey(Feature.PATTERN_COMPILE_LOCAL);
    assertThat(f("class A { static final Pattern P = Pattern.compile(\"x\"); boolean ok(String s) { return P.matcher(s).matches(); } }"))
        .doesNotContainKey(Feature.PATTERN_COMPILE_LOCAL);
  }

  @Test
  void formatterCreatedInLoopIsSeen() {
    assertThat(f("void p(List<Date> ds) { for (Date d : ds) { System.out.println(new SimpleDateFormat(\"yyyy\").format(d)); } }"))
        .containsKeys(Feature.FORMATTER_IN_LOOP, Feature.FORMATTER_CREATED);
  }

  @Test
  void boxedAccumulatorIsSeen() {
    assertThat(f("long t(int[] xs) { Long sum = 0L; for (int x : xs) sum += x; return sum; }"))
        .containsKeys(Feature.BOXED_ACCUMULATION, Feature.BOXED_TYPE);
    assertThat(f("long t(int[] xs) { long sum = 0L; for (int x : xs) sum += x; return sum; }"))
        .doesNotContainKey(Feature.BOXED_ACCUMULATION);
  }

  @Test
  void loopNestingAndNestedJoinAreSeen() {
    Map<Feature, Integer> c = f("int j(List<A> as, List<B> bs) { int n = 0; for (A a : as) for (B b : bs) if (a.id().equals(b.id())) n++; return n; }");
    assertThat(c.get(Feature.LOOP_NESTING)).isEqualTo(2);
    assertThat(c).containsKey(Feature.NESTED_LOOP_EQUALITY);
  }

  @Test
  void containsKeyFollowedByGetIsADoubleLookup() {
    assertThat(f("int g(Map<String,Integer> m, String k) { if (m.containsKey(k)) return m.get(k); return 0; }"))
        .containsKey(Feature.CONTAINS_KEY_THEN_GET);
    assertThat(f("int g(Map<String,Integer> m, String k) { return m.getOrDefault(k, 0); }"))
        .doesNotContainKey(Feature.CONTAINS_KEY_THEN_GET);
  }

  @Test
  void unbufferedStreamIsSeenButWrappedOneIsNot() {
    assertThat(f("long n(File f) throws IOException { try (InputStream in = new FileInputStream(f)) { long n = 0; while (in.read() != -1) n++; return n; } }"))
        .containsKeys(Feature.UNBUFFERED_IO, Feature.SINGLE_ELEMENT_IO_IN_LOOP);
    assertThat(f("long n(File f) throws IOException { try (InputStream in = new BufferedInputStream(new FileInputStream(f))) { return in.available(); } }"))
        .doesNotContainKey(Feature.UNBUFFERED_IO)
        .containsKey(Feature.BUFFERED_IO);
  }

  @Test
  void exceptionsAsControlFlowAreSeen() {
    assertThat(f("int c(List<String> ts) { int n = 0; for (String t : ts) { try { Integer.parseInt(t); n++; } catch (NumberFormatException e) { } } return n; }"))
        .containsKeys(Feature.TRY_IN_LOOP, Feature.PARSE_IN_TRY, Feature.CATCH_CLAUSES);
  }

  @Test
  void multipleSelfCallsMarkMissingMemoization() {
    assertThat(f("long fib(int n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2); }"))
        .containsKeys(Feature.RECURSION, Feature.MULTIPLE_RECURSION);
  }

  @Test
  void reflectionAndLegacyCollectionsAreSeen() {
    assertThat(f("Object r(List<Object> bs) throws Exception { Object o = null; for (Object b : bs) o = b.getClass().getMethod(\"x\").invoke(b); return o; }"))
        .containsKeys(Feature.REFLECTION, Feature.REFLECTION_IN_LOOP);
    assertThat(f("String r() { StringBuffer sb = new StringBuffer(); Vector<Integer> v = new Vector<>(); return sb.toString(); }"))
        .containsKey(Feature.SYNCHRONIZED_LEGACY);
  }

  @Test
  void streamBoxingIsSeen() {
    assertThat(f("int t(List<Item> xs) { return xs.stream().map(Item::qty).reduce(0, Integer::sum); }"))
        .containsKeys(Feature.STREAM_OPS, Feature.STREAM_BOXING);
  }

  @Test
  void statementsWithoutAMethodStillParse() {
    assertThat(f("String s = \"\"; for (String x : xs) { s += x; }")).containsKey(Feature.STRING_CONCAT_IN_LOOP);
  }

  @Test
  void unparsableCodeFallsBackToLexicalFeaturesWithoutThrowing() {
    String broken = "for (String x : xs) { if (list.contains(x) { out += x; } } }}} @@@";
    Map<Feature, Integer> c = f(broken);
    assertThat(c).containsKeys(Feature.LOOPS, Feature.LINEAR_SEARCH_IN_LOOP);
    assertThat(StructuralFeatures.vector(broken)).hasSize(StructuralFeatures.DIMENSION);
    assertThat(StructuralFeatures.vector(null)).hasSize(StructuralFeatures.DIMENSION);
    assertThat(StructuralFeatures.vector("")).containsOnly(0f);
  }
}
