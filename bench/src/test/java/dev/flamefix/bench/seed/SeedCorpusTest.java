package dev.flamefix.bench.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class SeedCorpusTest {

  @TestFactory
  Stream<DynamicTest> fastVersionBehavesLikeSlowVersionOnRepresentativeAndEdgeInputs() {
    return SeedCatalog.all().stream()
        .map(c -> DynamicTest.dynamicTest(c.id(), () -> assertThat(SeedCaseVerifier.disagreements(c)).isEmpty()));
  }

  @Test
  void verifierReportsAFastVersionThatDiverges() {
    SeedCase<List<Integer>> broken =
        new SeedCase<>(
            "broken-sum",
            SeedCategories.BOXED,
            "1. test only",
            () -> List.of(1, 2, 3),
            () -> List.of(List.of(), List.of(7)),
            in -> in.stream().mapToInt(Integer::intValue).sum(),
            in -> in.size() > 1 ? in.stream().mapToInt(Integer::intValue).sum() : -1) {};

    assertThat(SeedCaseVerifier.disagreements(broken))
        .hasSize(2)
        .allMatch(p -> p.startsWith("broken-sum on edge input"));
  }

  @Test
  void verifierReportsADifferentExceptionAndAModifiedInput() {
    SeedCase<List<Integer>> broken =
        new SeedCase<>(
            "broken-throw",
            SeedCategories.EXCEPTION,
            "1. test only",
            () -> new java.util.ArrayList<>(List.of(3, 1, 2)),
            () -> List.of(new java.util.ArrayList<>()),
            in -> in.get(0),
            in -> {
              if (in.isEmpty()) {
                throw new IllegalStateException("empty");
              }
              in.sort(null);
              return 3;
            }) {};

    assertThat(SeedCaseVerifier.disagreements(broken))
        .containsExactlyInAnyOrder(
            "broken-throw on representative input: fast version modified its input",
            "broken-throw on edge input #0 ([]): slow threw java.lang.IndexOutOfBoundsException: Index 0 out of bounds for length 0 but fast threw java.lang.IllegalStateException: empty");
  }

  @Test
  void catalogHasAtLeast150CasesAndEightPerCategory() {
    Map<String, Long> perCategory =
        SeedCatalog.all().stream().collect(Collectors.groupingBy(SeedCase::category, Collectors.counting()));
    assertThat(SeedCatalog.all()).hasSizeGreaterThanOrEqualTo(150);
    assertThat(perCategory.keySet()).containsExactlyInAnyOrderElementsOf(SeedCategories.ALL);
    assertThat(perCategory.values()).allMatch(n -> n >= 8);
  }

  @Test
  void everySummaryIsOneOrTwoNumberedPoints() {
    assertThat(SeedCatalog.all())
        .allSatisfy(c -> assertThat(c.summary()).as(c.id()).matches("1\\. [^;]+(; 2\\. [^;]+)?"));
  }

  @Test
  void everyCaseHasDistinctSlowAndFastSourceText() {
    SeedSourceExtractor extractor = new SeedSourceExtractor(Path.of("src/main/java"));
    Map<String, SeedSourceExtractor.Source> sources =
        SeedCatalog.all().stream().collect(Collectors.toMap(SeedCase::id, extractor::extract));
    assertThat(sources.values())
        .allSatisfy(
            s -> {
              assertThat(s.slowCode()).isNotBlank().isNotEqualTo(s.fastCode());
              assertThat(s.fastCode()).isNotBlank();
            });
    // no two cases share their slow code
    assertThat(sources.values().stream().map(SeedSourceExtractor.Source::slowCode).distinct().count())
        .isEqualTo(sources.size());
  }

  @Test
  void rateErrorPropagatesBothRelativeErrors() {
    SeedCorpusWriter.Rate rate =
        SeedCorpusWriter.Rate.of(new SeedCorpusWriter.Score(100, 3), new SeedCorpusWriter.Score(20, 0.8));
    assertThat(rate.rate()).isEqualTo(5.0);
    assertThat(rate.error()).isCloseTo(5.0 * Math.sqrt(0.03 * 0.03 + 0.04 * 0.04), org.assertj.core.data.Offset.offset(1e-12));
  }

}
