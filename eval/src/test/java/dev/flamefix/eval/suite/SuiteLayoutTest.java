package dev.flamefix.eval.suite;

import dev.flamefix.kb.seed.SeedCategories;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.kb.KnowledgeBase;
import dev.flamefix.kb.seed.SeedCase;
import dev.flamefix.kb.seed.SeedCorpus;
import dev.flamefix.eval.suite.EvalSuite.Split;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every bundled split has the shape its issue asks for (issue 7: the development suite; issue 14:
 * the held-out splits) and stays apart from the knowledge-base seeds; each held-out split also
 * stays apart from the splits before it.
 */
class SuiteLayoutTest {

  private final Map<Split, List<EvalProgram>> splits = new EnumMap<>(Split.class);

  private List<EvalProgram> programs(Split split) {
    return splits.computeIfAbsent(split, EvalSuite::loadBundled);
  }

  /** Where a split's sources live, relative to the eval module (where tests run). */
  private static Path sourceFolder(Split split) {
    return Path.of("src/main/resources").resolve(split.classpathRoot());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Split.class)
  void hasEnoughProgramsOfEveryKind(Split split) {
    List<EvalProgram> programs = programs(split);
    Map<ProgramKind, Long> byKind =
        programs.stream().collect(Collectors.groupingBy(EvalProgram::kind, Collectors.counting()));
    switch (split) {
      case DEVELOPMENT -> {
        assertThat(programs).hasSizeGreaterThanOrEqualTo(40);
        assertThat(byKind.get(ProgramKind.ALGORITHMIC)).isGreaterThanOrEqualTo(10);
        assertThat(byKind.get(ProgramKind.ALREADY_FAST)).isGreaterThanOrEqualTo(5);
      }
      case HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7 -> {
        assertThat(programs).hasSizeGreaterThanOrEqualTo(16);
        assertThat(byKind.get(ProgramKind.RECIPE)).isGreaterThanOrEqualTo(10);
        assertThat(byKind.get(ProgramKind.ALGORITHMIC)).isGreaterThanOrEqualTo(4);
        assertThat(byKind.get(ProgramKind.ALREADY_FAST)).isGreaterThanOrEqualTo(2);
      }
    }
  }

  /** Only the development suite must cover every category; the held-out split samples them. */
  @Test
  void everyCategoryHasARecipeProgram() {
    Set<String> covered = new HashSet<>();
    programs(Split.DEVELOPMENT).stream()
        .filter(p -> p.kind() == ProgramKind.RECIPE)
        .forEach(p -> covered.addAll(p.categories()));
    assertThat(covered).containsExactlyInAnyOrderElementsOf(SeedCategories.ALL);
  }

  /** Across all splits, so a report or a work directory never mixes two programs. */
  @Test
  void idsAndClassesAreUnique() {
    List<EvalProgram> programs = Stream.of(Split.values()).flatMap(s -> programs(s).stream()).toList();
    assertThat(programs.stream().map(EvalProgram::id).distinct().count()).isEqualTo(programs.size());
    assertThat(programs.stream().map(EvalProgram::className).distinct().count())
        .as("one program per class name, so reports are unambiguous")
        .isEqualTo(programs.size());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Split.class)
  void sourcesDeclareTheirClassesAndTargets(Split split) {
    for (EvalProgram p : programs(split)) {
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

  @ParameterizedTest(name = "{0}")
  @EnumSource(Split.class)
  void alreadyFastProgramsAreTheirOwnReferenceAndOthersAreNot(Split split) {
    for (EvalProgram p : programs(split)) {
      if (p.kind() == ProgramKind.ALREADY_FAST) {
        assertThat(p.referenceSource()).as(p.id()).isEqualTo(p.slowSource());
      } else {
        assertThat(p.referenceSource()).as(p.id()).isNotEqualTo(p.slowSource());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Split.class)
  void sourceTreeAndBundledSuiteAgree(Split split) {
    Path folder = sourceFolder(split);
    assertThat(folder)
        .as("the %s split's source folder is missing at %s (tests run from the eval module"
            + " directory); if it moved, update sourceFolder", split, folder.toAbsolutePath())
        .isDirectory();
    List<EvalProgram> fromDisk = EvalSuite.load(folder);
    assertThat(fromDisk).isEqualTo(programs(split));
  }

  /**
   * No four consecutive substantive lines of any program appear in the slow or fast code of the
   * knowledge base's seed corpus: the suite must measure generalisation, not recall of the seeds.
   * The seeds are read from the class path the knowledge base loads them from, so the check
   * follows the corpus wherever its sources live.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(Split.class)
  void sharesNoCodeWithTheKnowledgeBaseSeeds(Split split) throws IOException {
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
    assertThat(clashes(programs(split), seedShingles)).isEmpty();
  }

  /**
   * A held-out split measures generalisation only if it is not the development suite (or an
   * earlier held-out split) again: no four consecutive substantive lines of a held-out program
   * appear in a program of a split declared before it.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Split.class, names = {"HELDOUT", "HELDOUT2", "HELDOUT3", "HELDOUT4", "HELDOUT5", "HELDOUT6", "HELDOUT7"})
  void heldOutSplitSharesNoCodeWithEarlierSplits(Split split) {
    Map<String, String> earlier = new HashMap<>();
    for (Split before : Split.values()) {
      if (before.ordinal() >= split.ordinal()) {
        break;
      }
      for (EvalProgram p : programs(before)) {
        for (String s : shingles(p.slowSource() + "\n" + p.referenceSource())) {
          earlier.put(s, p.id());
        }
      }
    }
    assertThat(clashes(programs(split), earlier)).isEmpty();
  }

  /**
   * A held-out program is not an earlier program under a new number: its name (the id without its
   * numbered prefix) and its package (which names its domain) appear in no split declared before it.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Split.class, names = {"HELDOUT", "HELDOUT2", "HELDOUT3", "HELDOUT4", "HELDOUT5", "HELDOUT6", "HELDOUT7"})
  void heldOutSplitSharesNoProgramNameOrPackageWithEarlierSplits(Split split) {
    Map<String, String> earlierNames = new HashMap<>();
    Map<String, String> earlierPackages = new HashMap<>();
    for (Split before : Split.values()) {
      if (before.ordinal() >= split.ordinal()) {
        break;
      }
      for (EvalProgram p : programs(before)) {
        earlierNames.put(nameWithoutNumber(p.id()), p.id());
        earlierPackages.put(p.packageName(), p.id());
      }
    }
    List<String> clashes = new ArrayList<>();
    for (EvalProgram p : programs(split)) {
      if (earlierNames.containsKey(nameWithoutNumber(p.id()))) {
        clashes.add(p.id() + " has the name of " + earlierNames.get(nameWithoutNumber(p.id())));
      }
      if (earlierPackages.containsKey(p.packageName())) {
        clashes.add(p.id() + " is in the package of " + earlierPackages.get(p.packageName()));
      }
    }
    assertThat(clashes).isEmpty();
  }

  /**
   * A held-out split's ids start with letter prefixes ({@code hm}, {@code hq}, ...) that no split
   * declared before it uses, so an id alone tells which split a program belongs to.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Split.class, names = {"HELDOUT", "HELDOUT2", "HELDOUT3", "HELDOUT4", "HELDOUT5", "HELDOUT6", "HELDOUT7"})
  void heldOutSplitUsesIdPrefixesOfNoEarlierSplit(Split split) {
    Map<String, String> earlierPrefixes = new HashMap<>();
    for (Split before : Split.values()) {
      if (before.ordinal() >= split.ordinal()) {
        break;
      }
      for (EvalProgram p : programs(before)) {
        earlierPrefixes.put(idPrefix(p.id()), p.id());
      }
    }
    List<String> clashes = new ArrayList<>();
    for (EvalProgram p : programs(split)) {
      if (earlierPrefixes.containsKey(idPrefix(p.id()))) {
        clashes.add(p.id() + " has the id prefix of " + earlierPrefixes.get(idPrefix(p.id())));
      }
    }
    assertThat(clashes).isEmpty();
  }

  /** {@code hp03-tide-table} -> {@code hp}. */
  private static String idPrefix(String id) {
    int end = 0;
    while (end < id.length() && Character.isLetter(id.charAt(end))) {
      end++;
    }
    return id.substring(0, end);
  }

  /** {@code hp03-tide-table} -> {@code tide-table}. */
  private static String nameWithoutNumber(String id) {
    return id.substring(id.indexOf('-') + 1);
  }

  /** Each shingle of the programs' slow and reference code found in {@code known} (shingle -> origin). */
  private static List<String> clashes(List<EvalProgram> programs, Map<String, String> known) {
    List<String> clashes = new ArrayList<>();
    for (EvalProgram p : programs) {
      for (String s : shingles(p.slowSource() + "\n" + p.referenceSource())) {
        if (known.containsKey(s)) {
          clashes.add(p.id() + " ~ " + known.get(s) + ": " + s);
        }
      }
    }
    return clashes;
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
