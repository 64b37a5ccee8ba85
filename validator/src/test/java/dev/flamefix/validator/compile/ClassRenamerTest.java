package dev.flamefix.validator.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassRenamerTest {

  /** Every way a class can name itself; compiled alone after renaming, a leftover fails. */
  private static final String SELF_REFERENCES = """
      package acme;

      import java.util.ArrayList;
      import java.util.List;
      import java.util.function.Function;
      import java.util.function.Supplier;
      import static acme.Bar.twice;
      import static acme.Bar.LIMIT;
      import acme.Bar.Inner;

      public class Bar implements Comparable<Bar> {
        static final int LIMIT = 3;
        private Bar next;
        private final List<Bar> all = new ArrayList<Bar>();
        private Bar[] array = new Bar[2];
        private Bar.Inner inner = new Bar.Inner();
        private Inner plainInner = new Inner();
        private acme.Bar qualified;
        final int v;

        public Bar() { this(0); }
        public Bar(int v) { this.v = v; }

        static int twice(int x) { return 2 * x; }

        public static Bar of(int v) {
          Bar b = new Bar(v);
          Bar c = b, d = null;
          var e = (Bar) (Object) c;
          Supplier<Bar> s = Bar::new;
          Function<Integer, Bar> f = Bar::of;
          Class<Bar> k = Bar.class;
          Class<?> k2 = acme.Bar.class;
          Bar[][] grid = new Bar[1][1];
          grid[0][0] = d == null ? e : d;
          Object o = b;
          if (o instanceof Bar bar && bar.v >= 0 && k != null && k2 != null && s != null) {
            return bar.withNext(Bar.twice(LIMIT) > 0 ? f.apply(twice(v)) : null);
          }
          return Bar.of(v);
        }

        Bar withNext(Bar n) { this.next = n; return this; }

        @Override
        public int compareTo(Bar o) { return Integer.compare(v, o.v); }

        static <T extends Bar> List<? super Bar> copy(List<T> in) {
          return new ArrayList<Bar>(in);
        }

        class Member {
          int outer() { return Bar.this.v + Bar.this.inner.w; }
        }

        static class Inner {
          int w = 1;
          Bar make() { return new Bar(w); }
        }

        static Bar[] arrayOf(Bar... bars) { return bars; }

        @SuppressWarnings("unchecked")
        static <T> T cast(Object o) { return (T) (Bar) o; }
      }
      """;

  @Test
  void renamedSelfReferencingClassCompilesWithoutTheOriginal(@TempDir Path dir) {
    String renamed = ClassRenamer.rename(SELF_REFERENCES, "Bar", "Bar__candidate");

    List<CompileError> errors = InMemoryCompiler.compile(
        Map.of("acme.Bar__candidate", renamed), List.of(), dir);

    assertThat(errors).as(renamed).isEmpty();
    assertThat(renamed).doesNotContainPattern("\\bBar\\b");
  }

  @Test
  void renamingKeepsEveryLineWhereItWas() {
    String renamed = ClassRenamer.rename(SELF_REFERENCES, "Bar", "Bar__candidate");

    String[] before = SELF_REFERENCES.split("\n", -1);
    String[] after = renamed.split("\n", -1);
    assertThat(after).hasSameSizeAs(before);
    for (int i = 0; i < before.length; i++) {
      assertThat(after[i]).as("line %d", i + 1)
          .isEqualTo(before[i].replaceAll("\\bBar\\b", "Bar__candidate"));
    }
  }

  @Test
  void namesThatAreNotTheClassStayAsTheyAre() {
    String source = """
        package acme;
        public class Bar {
          int Bar;
          String label = "Bar";
          int Barbell(java.util.Map<String, Integer> m) { return m.get("Bar") + Bar; }
          static int size(other.Bar x) { return 0; }
        }
        """;

    String renamed = ClassRenamer.rename(source, "Bar", "Bar__candidate");

    assertThat(renamed).isEqualTo(source
        .replace("public class Bar {", "public class Bar__candidate {"));
  }

  @Test
  void tabsAndWindowsLineEndingsKeepTheirPlaces() {
    String source = "package acme;\r\n\tpublic class Bar {\r\n\t\tBar\tself;\r\n"
        + "\t\tstatic Bar make() { Bar b = new Bar(); return b; }\r\n}\r\n";

    String renamed = ClassRenamer.rename(source, "Bar", "Bar__candidate");

    assertThat(renamed).isEqualTo(source.replace("Bar", "Bar__candidate"));
  }

  @Test
  void unknownTypeIsRefused() {
    assertThatThrownBy(() -> ClassRenamer.rename("class A {}", "Bar", "Bar__candidate"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Bar");
  }
}
