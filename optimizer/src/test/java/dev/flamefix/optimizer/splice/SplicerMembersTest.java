package dev.flamefix.optimizer.splice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.optimizer.target.ResolvedTarget;
import dev.flamefix.optimizer.target.TargetResolver;
import dev.flamefix.optimizer.testing.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers that change more than the target, as real models write them: helpers, constants,
 * nested types, default interface methods; and the contract changes that are refused by name.
 */
class SplicerMembersTest {
  private static final String TOKENS = """
      package acme.text;

      import java.util.List;

      public class Tokens {
        public static final int LIMIT = 64;
        static int seen;
        private static String separator = ",";

        public int sumDigits(String s) {
          int sum = 0;
          for (int i = 0; i < s.length(); i++) {
            sum += digit(s.charAt(i));
          }
          return sum;
        }

        private static int digit(char c) {
          return Character.isDigit(c) ? Character.digit(c, 10) : 0;
        }

        static String trimmed(String s) {
          return s.trim();
        }

        public boolean isCode(String s) {
          return trimmed(s).matches("[A-Z]{3}-[0-9]{4}");
        }

        public String describe() {
          return "separator " + separator + " limit " + LIMIT;
        }

        public String join(List<String> parts) {
          String out = "";
          for (String p : parts) {
            out += p + separator;
          }
          return out;
        }

        private static <T extends Comparable<T>> boolean less(T a, T b) {
          return a.compareTo(b) < 0;
        }

        public String smallest(List<String> xs) {
          String best = null;
          for (String x : xs) {
            if (best == null || less(x, best)) {
              best = x;
            }
          }
          return best;
        }
      }
      """;

  @TempDir Path root;
  private final Splicer splicer = new Splicer();

  @BeforeEach
  void write() throws IOException {
    Files.createDirectories(root.resolve("acme/text"));
    Files.writeString(root.resolve("acme/text/Tokens.java"), TOKENS);
  }

  private SpliceResult splice(String target, String... blocks) {
    ResolvedTarget t = new TargetResolver(root).resolve("acme.text.Tokens#" + target);
    return splicer.splice(t.source(), List.of(t.method()), List.of(blocks), root);
  }

  private static void compiles(String source) {
    Compiler.compile(Map.of("acme.text.Tokens", source));
  }

  @Test
  void changedPrivateHelperIsSplicedAndListedForItsOwnComparison() {
    SpliceResult r = splice("sumDigits", """
        public int sumDigits(String s) {
          int sum = 0;
          for (int i = 0, n = s.length(); i < n; i++) {
            sum += digit(s.charAt(i));
          }
          return sum;
        }

        private static int digit(char c) {
          return c >= '0' && c <= '9' ? c - '0' : 0;
        }
        """);
    assertThat(r.changedMethods()).containsExactly("sumDigits(String)", "digit(char)");
    assertThat(r.comparedHelpers()).containsExactly("digit(char)");
    assertThat(r.patchedSource()).contains("return c >= '0' && c <= '9' ? c - '0' : 0;")
        .doesNotContain("Character.digit(c, 10)");
    compiles(r.patchedSource());
  }

  @Test
  void changedMethodTheTargetDoesNotCallIsStillComparedOnItsOwn() {
    SpliceResult r = splice("sumDigits", """
        public int sumDigits(String s) {
          return 0;
        }

        private static int digit(char c) {
          return 1;
        }
        """);
    assertThat(r.changedMethods()).containsExactly("sumDigits(String)", "digit(char)");
    assertThat(r.comparedHelpers()).containsExactly("digit(char)");
  }

  @Test
  void newBodyOfAPublicMethodWithItsDeclarationUnchangedIsAComparedHelper() {
    SpliceResult r = splice("join", """
        public String join(List<String> parts) {
          StringBuilder out = new StringBuilder();
          for (String p : parts) {
            out.append(p).append(separator);
          }
          return out.toString();
        }

        public String describe() {
          return new StringBuilder("separator ").append(separator).append(" limit ").append(LIMIT).toString();
        }
        """);
    assertThat(r.changedMethods()).containsExactly("join(List)", "describe()");
    assertThat(r.comparedHelpers()).containsExactly("describe()");
    assertThat(r.patchedSource()).contains("new StringBuilder(\"separator \")");
    compiles(r.patchedSource());
  }

  @Test
  void packagePrivateMethodOtherFilesUseMayChangeItsBodyButNotItsDeclaration() throws IOException {
    Files.writeString(root.resolve("acme/text/Other.java"),
        "package acme.text;\nclass Other { String f(String s) { return Tokens.trimmed(s); } }\n");
    String target = "public boolean isCode(String s) { return trimmed(s).matches(\"[A-Z]{3}-[0-9]{4}\"); }";
    SpliceResult r = splice("isCode", target, "static String trimmed(String s) { return s.strip(); }");
    assertThat(r.comparedHelpers()).containsExactly("trimmed(String)");
    assertThatThrownBy(() -> splice("isCode", target, "static CharSequence trimmed(String s) { return s.strip(); }"))
        .hasMessageContaining("refused: the answer changes the signature of package-private method trimmed(String), which Other.java also uses");
    assertThatThrownBy(() -> splice("isCode", target, "@Deprecated static String trimmed(String s) { return s.strip(); }"))
        .hasMessageContaining("refused: the answer changes the annotations of package-private method trimmed(String), which Other.java also uses");
  }

  @Test
  void newStaticInitializerIsSplicedAfterTheFieldsAndInstanceInitializersAreRefused() {
    SpliceResult r = splice("isCode", """
        private static final java.util.regex.Pattern CODE;

        static {
          CODE = java.util.regex.Pattern.compile("[A-Z]{3}-[0-9]{4}");
        }

        public boolean isCode(String s) {
          return CODE.matcher(trimmed(s)).matches();
        }
        """);
    assertThat(r.addedMembers()).containsExactly("CODE", "static initializer");
    String patched = r.patchedSource();
    assertThat(patched.indexOf("static {")).isGreaterThan(patched.indexOf("private static final java.util.regex.Pattern CODE;"))
        .isLessThan(patched.indexOf("public int sumDigits"));
    compiles(patched);
    assertThatThrownBy(() -> splice("isCode", "{ seen++; }\npublic boolean isCode(String s) { return false; }"))
        .isInstanceOf(SpliceRejectedException.class)
        .hasMessageContaining("refused: the answer adds or changes an instance initializer block");
  }

  @Test
  void newPrivateStaticFinalPatternIsAddedAndUsed() {
    SpliceResult r = splice("isCode", """
        import java.util.regex.Pattern;

        private static final Pattern CODE = Pattern.compile("[A-Z]{3}-[0-9]{4}");

        public boolean isCode(String s) {
          return CODE.matcher(trimmed(s)).matches();
        }
        """);
    assertThat(r.addedMembers()).containsExactly("CODE");
    assertThat(r.addedImports()).containsExactly("java.util.regex.Pattern");
    assertThat(r.comparedHelpers()).isEmpty();
    assertThat(r.patchedSource()).contains("  private static final Pattern CODE = Pattern.compile(\"[A-Z]{3}-[0-9]{4}\");");
    compiles(r.patchedSource());
  }

  @Test
  void newNestedPrivateRecordIsAdded() {
    SpliceResult r = splice("join", """
        public String join(List<String> parts) {
          StringBuilder out = new StringBuilder();
          for (String p : parts) {
            Piece piece = new Piece(p);
            out.append(piece.text()).append(separator);
          }
          return out.toString();
        }

        private record Piece(String text) {}
        """);
    assertThat(r.addedMembers()).containsExactly("Piece");
    assertThat(r.patchedSource()).contains("private record Piece(String text)");
    compiles(r.patchedSource());
  }

  @Test
  void contractChangesAreRefusedNamingTheMember() {
    assertThatThrownBy(() -> splice("join", "public String join(List<String> parts) { return String.join(separator, parts); }",
        "public CharSequence describe() { return \"\"; }"))
        .hasMessage("refused: the answer changes the signature of public method describe(), which is part of the"
            + " class's contract; only method bodies may change");
    assertThatThrownBy(() -> splice("join", "public String join(List<String> parts) { return String.join(separator, parts); }",
        "public synchronized String describe() { return \"\"; }"))
        .hasMessageContaining("refused: the answer changes the signature of public method describe()");
    assertThatThrownBy(() -> splice("join", "public String join(List<String> parts) { return String.join(separator, parts); }",
        "@Deprecated public String describe() { return \"\"; }"))
        .hasMessageContaining("refused: the answer changes the annotations of public method describe()");
    assertThatThrownBy(() -> splice("join", "public String join(List<String> parts, int n) { return \"\"; }"))
        .hasMessageContaining("refused: the answer changes the signature of public method join(List) (target)");
    assertThatThrownBy(() -> splice("describe", "public static final int LIMIT = 32;\npublic String describe() { return \"x\" + LIMIT; }"))
        .hasMessageContaining("refused: the answer changes public field LIMIT that other code reads");
    assertThatThrownBy(() -> splice("join", "private static final String separator = \";\";\n"
        + "public String join(List<String> parts) { return String.join(separator, parts); }"))
        .hasMessageContaining("refused: the answer changes field separator, which public method describe() also reads and is not compared");
    assertThatThrownBy(() -> splice("join", "public String join(List<String> parts) { return \"\"; }\nprivate int cache;"))
        .hasMessageContaining("refused: the answer adds field cache");
    assertThatThrownBy(() -> splice("join", "public String join(List<String> parts) { return \"\"; }\npublic Tokens(int x) {}"))
        .hasMessageContaining("refused: the answer adds constructor Tokens(int)");
  }

  @Test
  void packagePrivateHelperChangesItsDeclarationOnlyWhenNoOtherFileOfThePackageUsesIt() throws IOException {
    String answer = """
        public boolean isCode(String s) {
          String t = trimmed(s);
          return t.length() == 8 && t.matches("[A-Z]{3}-[0-9]{4}");
        }

        static String trimmed(String s) {
          return s.strip();
        }
        """;
    SpliceResult r = splice("isCode", answer);
    assertThat(r.comparedHelpers()).containsExactly("trimmed(String)");

    ResolvedTarget t = new TargetResolver(root).resolve("acme.text.Tokens#isCode");
    assertThat(splicer.splice(t.source(), List.of(t.method()), List.of(answer)).comparedHelpers())
        .containsExactly("trimmed(String)");
    assertThatThrownBy(() -> splicer.splice(t.source(), List.of(t.method()),
        List.of(answer.replace("static String trimmed", "static CharSequence trimmed"))))
        .hasMessageContaining("refused: the answer changes the signature of package-private method trimmed(String);"
            + " without the source root, package-private members count as contract");

    Files.writeString(root.resolve("acme/text/Other.java"),
        "package acme.text;\nclass Other { String f(String s) { return Tokens.trimmed(s); } }\n");
    assertThat(splice("isCode", answer).comparedHelpers()).containsExactly("trimmed(String)");
  }

  @Test
  void genericHelperSelectorErasesTypeVariables() {
    SpliceResult r = splice("smallest", """
        public String smallest(List<String> xs) {
          String best = null;
          for (int i = 0, n = xs.size(); i < n; i++) {
            String x = xs.get(i);
            if (best == null || less(x, best)) {
              best = x;
            }
          }
          return best;
        }

        private static <T extends Comparable<T>> boolean less(T a, T b) {
          return b.compareTo(a) > 0;
        }
        """);
    assertThat(r.comparedHelpers()).containsExactly("less(Comparable,Comparable)");
  }

  @Test
  void bareDefaultMethodSplicesIntoAnInterface() throws IOException {
    Files.writeString(root.resolve("acme/text/Shape.java"), """
        package acme.text;

        public interface Shape {
          double[] sides();

          default double perimeter() {
            double p = 0;
            for (int i = 0; i < sides().length; i++) {
              p += sides()[i];
            }
            return p;
          }
        }
        """);
    ResolvedTarget t = new TargetResolver(root).resolve("acme.text.Shape#perimeter");
    SpliceResult r = splicer.splice(t.source(), List.of(t.method()), List.of("""
        default double perimeter() {
          double p = 0;
          for (double s : sides()) {
            p += s;
          }
          return p;
        }
        """), root);
    assertThat(r.changedMethods()).containsExactly("perimeter()");
    assertThat(r.patchedSource()).contains("for (double s : sides())").contains("default double perimeter()");
    Compiler.compile(Map.of("acme.text.Shape", r.patchedSource()));
  }
}
