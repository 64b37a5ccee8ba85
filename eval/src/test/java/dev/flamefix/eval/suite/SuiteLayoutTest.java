package dev.flamefix.eval.suite;

import dev.flamefix.kb.seed.SeedCategories;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.kb.KnowledgeBase;
import dev.flamefix.kb.seed.SeedCase;
import dev.flamefix.kb.seed.SeedCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The suite has the shape issue 7 asks for and stays apart from the knowledge-base seeds. */
class SuiteLayoutTest {

  private static final Path SOURCE_SUITE = Path.of("src/main/resources/dev/flamefix/eval/suite");

  private final List<EvalProgram> programs = EvalSuite.loadBundled();

  @Test
  void hasEnoughProgramsOfEveryKind() {
    Map<ProgramKind, Long> byKind =
        programs.stream().collect(Collectors.groupingBy(EvalProgram::kind, Collectors.counting()));
    assertThat(programs).hasSizeGreaterThanOrEqualTo(40);
    assertThat(byKind.get(ProgramKind.ALGORITHMIC)).isGreaterThanOrEqualTo(10);
    assertThat(byKind.get(ProgramKind.ALREADY_FAST)).isGreaterThanOrEqualTo(5);
  }

  @Test
  void everyCategoryHasARecipeProgram() {
    Set<String> covered = new HashSet<>();
    programs.stream()
        .filter(p -> p.kind() == ProgramKind.RECIPE)
        .forEach(p -> covered.addAll(p.categories()));
    assertThat(covered).containsExactlyInAnyOrderElementsOf(SeedCategories.ALL);
  }

  @Test
  void idsAndClassesAreUnique() {
    assertThat(programs.stream().map(EvalProgram::id).distinct().count()).isEqualTo(programs.size());
    assertThat(programs.stream().map(EvalProgram::className).distinct().count())
        .as("one program per class name, so reports are unambiguous")
        .isEqualTo(programs.size());
  }

  @Test
  void sourcesDeclareTheirClassesAndTargets() {
    for (EvalProgram p : programs) {
      String simple = p.className().substring(p.className().lastIndexOf('.') + 1);
      for (String source : List.of(p.slowSource(), p.referenceSource())) {
        assertThat(source).as(p.id()).contains("package " + p.packageName() + ";").contains("class " + simple + " ");
        for (String target : p.targets()) {
          assertThat(source).as(p.id()).contains(" " + target.substring(target.indexOf('#') + 1) + "(");
        }
      }
      assertThat(p.workloadSource()).as(p.id()).contains("class " + simple + "Workload ")
          .contains("public static Supplier<Object> workload()");
      assertThat(p.fix()).as(p.id()).isNotBlank();
    }
  }

  @Test
  void alreadyFastProgramsAreTheirOwnReferenceAndOthersAreNot() {
    for (EvalProgram p : programs) {
      if (p.kind() == ProgramKind.ALREADY_FAST) {
        assertThat(p.referenceSource()).as(p.id()).isEqualTo(p.slowSource());
      } else {
        assertThat(p.referenceSource()).as(p.id()).isNotEqualTo(p.slowSource());
      }
    }
  }

  @Test
  void sourceTreeAndBundledSuiteAgree() {
    assertThat(SOURCE_SUITE)
        .as("the suite's source folder is missing at %s (tests run from the eval module"
            + " directory); if it moved, update SOURCE_SUITE", SOURCE_SUITE.toAbsolutePath())
        .isDirectory();
    List<EvalProgram> fromDisk = EvalSuite.load(SOURCE_SUITE);
    assertThat(fromDisk).isEqualTo(programs);
  }

  /**
   * No four consecutive substantive lines of any program appear in the slow or fast code of the
   * knowledge base's seed corpus: the suite must measure generalisation, not recall of the seeds.
   * The seeds are read from the class path the knowledge base loads them from, so the check
   * follows the corpus wherever its sources live.
   */
  @Test
  void sharesNoCodeWithTheKnowledgeBaseSeeds() throws IOException {
    Map<String, String> seedShingles = new HashMap<>();
    int seeds = 0;
    for (SeedCase seed : SeedCorpus.fromClasspath(KnowledgeBase.SEED_RESOURCE)) {
      seeds++;
      for (String code : List.of(seed.slowSource(), seed.fastSource())) {
        for (String s : shingles(code)) {
          seedShingles.put(s, seed.id());
        }
      }
    }
    assertThat(seeds).as("seeds in " + KnowledgeBase.SEED_RESOURCE).isGreaterThanOrEqualTo(100);
    assertThat(seedShingles).as("code shingles of the seeds").isNotEmpty();
    List<String> clashes = new ArrayList<>();
    for (EvalProgram p : programs) {
      for (String s : shingles(p.slowSource() + "\n" + p.referenceSource())) {
        if (seedShingles.containsKey(s)) {
          clashes.add(p.id() + " ~ " + seedShingles.get(s) + ": " + s);
        }
      }
    }
    assertThat(clashes).isEmpty();
  }

  private static Set<String> shingles(String source) {
    List<String> lines = new ArrayList<>();
    for (String raw : source.split("\n")) {
      String line = raw.strip().replaceAll("\\s+", " ");
      if (line.length() < 12 || line.startsWith("import ") || line.startsWith("package ")
          || line.startsWith("*") || line.startsWith("/**") || line.startsWith("//")) {
        continue;
      }
      lines.add(line);
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 4 <= lines.size(); i++) {
      out.add(String.join(" | ", lines.subList(i, i + 4)));
    }
    return out;
  }
}
