package dev.flamefix.kb.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.flamefix.kb.Case;
import dev.flamefix.kb.CaseSource;
import dev.flamefix.kb.KnowledgeBase;
import dev.flamefix.kb.KnowledgeBaseException;
import dev.flamefix.kb.embed.CodeEmbedder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped seed corpus is complete and consistent: every case the index names has its three
 * files, parses, compiles on its own, carries a measured rate with a real error, and the index
 * names exactly the case folders of the source tree.
 */
class SeedCorpusTest {
  /** The corpus in this module's source tree (Surefire runs in the module directory). */
  private static final Path SOURCE = Path.of("src/main/resources/dev/flamefix/kb/seed");
  private static final JavaParser PARSER = new JavaParser(
      new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

  private static List<SeedCase> corpus;
  private static List<Case> cases;

  @BeforeAll
  static void load() {
    corpus = SeedCorpus.fromClasspath(SeedCorpus.RESOURCE_ROOT);
    cases = SeedCorpus.cases(corpus);
  }

  @Test
  void ships209CasesWithUniqueIdsEightPerOriginalCategoryAndThreePerFamily() {
    assertThat(cases).hasSize(209);
    assertThat(cases.stream().map(Case::id).distinct().count()).isEqualTo(209);
    Map<String, Long> perCategory =
        cases.stream().collect(Collectors.groupingBy(Case::category, Collectors.counting()));
    assertThat(perCategory.keySet()).containsExactlyInAnyOrderElementsOf(SeedCategories.KNOWN);
    assertThat(SeedCategories.KNOWN).hasSize(31).doesNotHaveDuplicates();
    assertThat(SeedCategories.ALL).allSatisfy(c -> assertThat(perCategory.get(c)).as(c).isGreaterThanOrEqualTo(8));
    assertThat(SeedCategories.FAMILIES).allSatisfy(c -> assertThat(perCategory.get(c)).as(c).isGreaterThanOrEqualTo(3));
  }

  @Test
  void everyCaseIsAMeasuredJavaSeedWithARealError() {
    assertThat(corpus).allSatisfy(s -> {
      Case c = s.toCase();
      assertThat(c.source()).isEqualTo(CaseSource.SEED);
      assertThat(c.language()).isEqualTo("java");
      // Case turns a missing or NaN error into 0, so 0 means "no error was measured".
      assertThat(c.rate()).as("rate of %s", c.id()).isGreaterThan(1.0).isFinite();
      assertThat(c.rateError()).as("rateError of %s", c.id()).isPositive().isFinite();
      SeedMetadata.Measured m = s.metadata().measured();
      assertThat(List.of(m.date(), m.jvm(), m.harness(), m.jmh(), m.command()))
          .as("measurement record of %s", c.id()).allSatisfy(f -> assertThat(f).isNotBlank());
      assertThat(c.summary()).as(c.id()).matches("1\\. [^;]+(; 2\\. [^;]+)?");
    });
  }

  @Test
  void slowAndFastCodeIsNonEmptyDistinctAndParsesAsClassMembers() {
    assertThat(cases).allSatisfy(c -> {
      assertThat(c.slowCode()).as(c.id()).isNotBlank().isNotEqualTo(c.fastCode());
      assertThat(c.fastCode()).as(c.id()).isNotBlank();
      for (String code : List.of(c.slowCode(), c.fastCode())) {
        assertThat(PARSER.parse("class Holder {\n" + code + "\n}").isSuccessful())
            .as("members of %s parse", c.id()).isTrue();
      }
    });
    assertThat(cases.stream().map(Case::slowCode).distinct().count()).isEqualTo(cases.size());
  }

  @Test
  void theBenchmarkedMethodIsDeclaredInBothVersions() {
    List<SeedCase> withoutMethod = new ArrayList<>();
    for (SeedCase s : corpus) {
      String method = s.metadata().method();
      if (method == null) {
        withoutMethod.add(s);
        continue;
      }
      for (String source : List.of(s.slowSource(), s.fastSource())) {
        assertThat(SeedSources.parse(source).findAll(MethodDeclaration.class).stream()
            .map(MethodDeclaration::getNameAsString)).as("%s declares %s", s.id(), method)
            .contains(method);
      }
    }
    // The stateful cases (a field built up over several calls) are the only ones without one.
    assertThat(withoutMethod).extracting(SeedCase::id).containsExactlyInAnyOrder(
        "concat-receipt-field", "boxed-long-counter-field", "sync-vector-field-buffer");
  }

  @Test
  void everySlowAndFastFileCompilesOnItsOwnAgainstTheDomainTypes(@TempDir Path tmp) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path domain = tmp.resolve("domain");
    assertThat(compile(javac, domain, List.of(), SOURCE.resolve(SeedCorpus.DOMAIN))).isEmpty();
    List<String> failures = new ArrayList<>();
    for (SeedCase s : corpus) {
      for (String file : List.of(SeedCorpus.SLOW, SeedCorpus.FAST)) {
        String errors = compile(javac, tmp.resolve(s.id() + "-" + file), List.of(domain),
            SOURCE.resolve(s.path()).resolve(file));
        if (!errors.isEmpty()) {
          failures.add(s.path() + "/" + file + ":\n" + errors);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void theIndexNamesExactlyTheCaseFoldersOfTheSourceTree() throws IOException {
    assertThat(SOURCE).isDirectory();
    List<String> folders;
    try (Stream<Path> files = Files.walk(SOURCE)) {
      folders = files.filter(p -> p.getFileName().toString().equals(SeedCorpus.METADATA))
          .map(p -> SOURCE.relativize(p.getParent()).toString().replace('\\', '/'))
          .sorted().toList();
    }
    assertThat(corpus).extracting(SeedCase::path).containsExactlyInAnyOrderElementsOf(folders);
    assertThat(SeedCorpus.cases(SeedCorpus.fromDirectory(SOURCE))).isEqualTo(cases);
  }

  @Test
  void theKnowledgeBaseSeedsAnEmptyStoreWithEveryCase(@TempDir Path store) {
    try (KnowledgeBase kb = KnowledgeBase.builder().luceneStore(store).embedder(new LengthEmbedder())
        .build()) {
      assertThat(kb.count()).isEqualTo(209);
      assertThat(cases).allSatisfy(c -> assertThat(kb.get(c.id())).contains(c));
    }
  }

  @Test
  void aCaseWithAMissingOrBrokenFileIsRefused(@TempDir Path tmp) throws IOException {
    SeedCase one = corpus.get(0);
    Path root = copyOf(one, tmp.resolve("missing"));
    Files.delete(root.resolve(one.path()).resolve(SeedCorpus.FAST));
    assertThatThrownBy(() -> SeedCorpus.fromDirectory(root))
        .isInstanceOf(KnowledgeBaseException.class).hasMessageContaining(SeedCorpus.FAST);

    Path broken = copyOf(one, tmp.resolve("broken"));
    Files.writeString(broken.resolve(one.path()).resolve(SeedCorpus.METADATA), "{\"id\": ");
    assertThatThrownBy(() -> SeedCorpus.fromDirectory(broken))
        .isInstanceOf(KnowledgeBaseException.class).hasMessageContaining(SeedCorpus.METADATA);

    Path elsewhere = copyOf(one, tmp.resolve("moved"));
    Files.writeString(elsewhere.resolve(SeedCorpus.INDEX), "other-category/" + one.id() + "\n");
    Files.move(elsewhere.resolve(one.path()),
        Files.createDirectories(elsewhere.resolve("other-category")).resolve(one.id()));
    assertThatThrownBy(() -> SeedCorpus.fromDirectory(elsewhere))
        .isInstanceOf(KnowledgeBaseException.class).hasMessageContaining("says");

    Path unparsable = copyOf(one, tmp.resolve("unparsable"));
    Files.writeString(unparsable.resolve(one.path()).resolve(SeedCorpus.SLOW), "final class Slow {");
    assertThatThrownBy(() -> SeedCorpus.cases(SeedCorpus.fromDirectory(unparsable)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not parse");
  }

  @Test
  void writtenMetadataReadsBackWithTheNewRate(@TempDir Path tmp) throws IOException {
    SeedCase one = corpus.get(0);
    Path root = copyOf(one, tmp);
    SeedMetadata.Measured how = new SeedMetadata.Measured("2030-01-01", "test JVM", "test", "none",
        "measure-seeds --only " + one.id());
    SeedCorpus.writeMetadata(root, one.path(), one.metadata().withRate(4.5, 0.25, how));

    SeedCase reread = SeedCorpus.fromDirectory(root).get(0);
    assertThat(reread.metadata()).isEqualTo(one.metadata().withRate(4.5, 0.25, how));
    assertThat(reread.toCase().slowCode()).isEqualTo(one.toCase().slowCode());
  }

  private static Path copyOf(SeedCase c, Path root) throws IOException {
    Path dir = Files.createDirectories(root.resolve(c.path()));
    for (String file : List.of(SeedCorpus.METADATA, SeedCorpus.SLOW, SeedCorpus.FAST)) {
      Files.copy(SOURCE.resolve(c.path()).resolve(file), dir.resolve(file));
    }
    Files.writeString(root.resolve(SeedCorpus.INDEX), c.path() + "\n");
    return root;
  }

  private static String compile(JavaCompiler javac, Path out, List<Path> classPath, Path file) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-proc:none", "-Xlint:none"));
    if (!classPath.isEmpty()) {
      args.addAll(List.of("-cp", classPath.stream().map(Path::toString)
          .collect(Collectors.joining(java.io.File.pathSeparator))));
    }
    args.add(file.toString());
    int rc = javac.run(null, null, new PrintStream(err, true, StandardCharsets.UTF_8),
        args.toArray(String[]::new));
    return rc == 0 ? "" : err.toString(StandardCharsets.UTF_8);
  }

  /** A cheap embedder: seeding is about which cases arrive, not how similar they are. */
  private static final class LengthEmbedder implements CodeEmbedder {
    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public String id() {
      return "length-test";
    }

    @Override
    public float[] embed(String code) {
      return new float[] {(float) Math.sqrt(0.5), (float) Math.sqrt(0.5)};
    }
  }
}
