package dev.flamefix.optimizer.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.Range;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.flamefix.kb.Case;
import dev.flamefix.kb.CaseSource;
import dev.flamefix.kb.seed.SeedCase;
import dev.flamefix.kb.seed.SeedCorpus;
import dev.flamefix.optimizer.retrieval.Suggestion;
import dev.flamefix.optimizer.target.JavaSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates learned from real seed cases, applied to code with other names, types and layout. */
class TemplateLibraryTest {
  private static final Map<String, Case> SEEDS = SeedCorpus.fromClasspath(SeedCorpus.RESOURCE_ROOT).stream()
      .map(SeedCase::toCase).collect(Collectors.toMap(Case::id, Function.identity()));

  @TempDir Path dir;

  private static TemplateLibrary library(Map<String, Case> cases) {
    return new TemplateLibrary(id -> Optional.ofNullable(cases.get(id)));
  }

  private static List<TemplateLibrary.Applied> apply(TemplateLibrary lib, String source, String method, String... caseIds) {
    MethodDeclaration m = JavaSources.parse(source, "t").findAll(MethodDeclaration.class).stream()
        .filter(d -> d.getNameAsString().equals(method)).findFirst().orElseThrow();
    Range range = m.getRange().orElseThrow();
    List<Suggestion> suggestions = java.util.Arrays.stream(caseIds)
        .map(id -> new Suggestion(id, "c", "summary of " + id, 0.9, 3.0)).toList();
    return lib.apply(source, null, range, suggestions);
  }

  private void assertCompiles(String source, String file) throws IOException {
    Path src = dir.resolve(file);
    Files.createDirectories(src.getParent());
    Files.writeString(src, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int rc = javac.run(null, null, null, "-d", dir.resolve("classes").toString(), src.toString());
    assertThat(rc).as(source).isZero();
  }

  @Test
  void theDedupeCaseFiresOnAFieldOfAnotherElementTypeWithoutBracesAndCompiles() throws IOException {
    String source = """
        package app;

        import java.util.ArrayList;
        import java.util.List;

        class Inbox {
          private final ArrayList<Long> incoming = new ArrayList<>();

          List<Long> senders() {
            List<Long> unique =
                new ArrayList<>();
            for (Long sender : incoming)
              if (!unique.contains(sender))
                unique.add(sender);
            return unique;
          }
        }
        """;
    List<TemplateLibrary.Applied> applied = apply(library(SEEDS), source, "senders", "search-dedupe-keep-order");

    assertThat(applied).singleElement().satisfies(a -> {
      assertThat(a.source()).isEqualTo("template:search-dedupe-keep-order");
      assertThat(a.explanation()).contains("knowledge-base case search-dedupe-keep-order").contains("3.00x faster");
      String patched = a.outcome().patchedSource();
      assertThat(patched).contains("return new ArrayList<>(new LinkedHashSet<>(incoming));")
          .contains("import java.util.LinkedHashSet;").doesNotContain("unique.contains");
      assertCompiles(patched, "app/Inbox.java");
    });
  }

  @Test
  void aRegexCaseAddsAConstantUnderAFreshNameAndCompiles() throws IOException {
    String source = """
        package app;

        import java.util.List;

        class Codes {
          static final int Pattern = 0;

          int valid(List<String> codes) {
            int ok = 0;
            for (String code : codes) {
              if (code.matches("[A-Z]{3}-\\\\d+")) {
                ok++;
              }
            }
            return ok;
          }
        }
        """.replace("static final int Pattern = 0;", "");
    List<TemplateLibrary.Applied> applied = apply(library(SEEDS), source, "valid", "regex-string-matches-sku");

    assertThat(applied).singleElement().satisfies(a -> {
      String patched = a.outcome().patchedSource();
      assertThat(patched).contains("Pattern.compile(\"[A-Z]{3}-\\\\d+\")").contains(".matcher(code).matches()")
          .contains("import java.util.regex.Pattern;");
      assertCompiles(patched, "app/Codes.java");
    });
  }

  @Test
  void aUserClassWithItsOwnMatchesFailsTheTypeConstraint() {
    String source = """
        package app;

        import java.util.List;

        class Codes {
          static final class Code {
            boolean matches(String regex) { return regex.isEmpty(); }
          }

          int valid(List<Code> codes) {
            int ok = 0;
            for (Code code : codes) {
              if (code.matches("[A-Z]{3}-\\\\d+")) {
                ok++;
              }
            }
            return ok;
          }
        }
        """;
    assertThat(apply(library(SEEDS), source, "valid", "regex-string-matches-sku")).isEmpty();
  }

  @Test
  void aUserListLookalikeIsNoJavaUtilList() {
    String source = """
        package app;

        import java.util.Collection;
        import java.util.List;

        class Roster {
          static final class Names {
            boolean removeAll(List<String> gone) { return gone.isEmpty(); }
          }

          void prune(Names names, List<String> banned) {
            names.removeAll(banned);
          }

          void pruneList(List<String> names, List<String> banned) {
            names.removeAll(banned);
          }
        }
        """;
    TemplateLibrary lib = library(SEEDS);
    assertThat(apply(lib, source, "prune", "search-removeall-with-list")).isEmpty();
    assertThat(apply(lib, source, "pruneList", "search-removeall-with-list")).singleElement()
        .satisfies(a -> assertThat(a.outcome().patchedSource()).contains("names.removeAll(new HashSet<>(banned));"));
  }

  @Test
  void aVariableTheFixRedeclaresMustNotBeReadAfterTheRewrite() {
    String slow = """
        int count(List<String> words) {
          List<String> seen = new ArrayList<>();
          for (String w : words) {
            if (!seen.contains(w)) {
              seen.add(w);
            }
          }
          return seen.size();
        }
        """;
    Case retype = new Case("retype-list-to-set", "linear-search-in-loop", slow,
        slow.replace("List<String> seen = new ArrayList<>();", "Set<String> seen = new HashSet<>();"),
        "a set", 4.0, 0, CaseSource.SEED, "java");
    Template t = library(Map.of(retype.id(), retype)).template(retype.id()).orElseThrow();
    assertThat(t.retyped()).hasSize(1);

    String target = """
        package app;

        import java.util.ArrayList;
        import java.util.List;

        class Tags {
          int distinct(List<String> tags) {
            List<String> met = new ArrayList<>();
            for (String tag : tags) {
              if (!met.contains(tag)) {
                met.add(tag);
              }
            }
            return met.size();
          }
        }
        """;
    assertThat(apply(library(Map.of(retype.id(), retype)), target, "distinct", retype.id())).isEmpty();
  }

  @Test
  void templatesAreLearnedOncePerCaseAndDescribedWithoutTheCaseCode() {
    int[] lookups = {0};
    TemplateLibrary lib = new TemplateLibrary(id -> {
      lookups[0]++;
      return Optional.ofNullable(SEEDS.get(id));
    });
    Template t = lib.template("search-dedupe-keep-order").orElseThrow();
    lib.template("search-dedupe-keep-order");
    assertThat(lookups[0]).isEqualTo(1);
    assertThat(t.describe()).contains("$v0.contains($v1)").contains("LinkedHashSet").doesNotContain("tags").doesNotContain("result");
    assertThat(lib.template("no-such-case")).isEmpty();
  }

  @Test
  void theModelPromptCarriesTheAbstractTemplateNotTheCaseCode() {
    TemplateLibrary lib = library(SEEDS);
    Suggestion s = new Suggestion("search-dedupe-keep-order", "linear-search-in-loop", "use a LinkedHashSet", 0.8, 5.0);
    String user = new dev.flamefix.optimizer.prompt.PromptBuilder().build("class X {}", List.of(s), lib.describe(List.of(s))).user();
    assertThat(user).contains("Rewrite pattern").contains("$v0.contains($v1)").contains("new LinkedHashSet<>($v2)")
        .doesNotContain("distinctTags").doesNotContain("result.contains");
  }

  @Test
  void aFixThatNeedsSortedInputTeachesNoTemplate() {
    TemplateLibrary lib = library(SEEDS);
    List<String> sortedFamily = SEEDS.values().stream().filter(c -> c.category().equals("sorted-array-linear-search"))
        .filter(c -> c.fastCode().contains("binarySearch")).map(Case::id).toList();
    assertThat(sortedFamily).isNotEmpty();
    sortedFamily.forEach(id -> assertThat(lib.template(id)).as(id).isEmpty());
  }
}
