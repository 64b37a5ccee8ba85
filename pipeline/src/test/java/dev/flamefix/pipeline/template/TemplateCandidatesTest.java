package dev.flamefix.pipeline.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.optimizer.Candidate;
import dev.flamefix.pipeline.CandidatePipeline;
import dev.flamefix.pipeline.PipelineFactory;
import dev.flamefix.validator.ValidationOptions;
import dev.flamefix.validator.Verdict;
import dev.flamefix.validator.benchmark.BenchmarkSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product path with recipes off and retrieval on: the seeded knowledge base's cases become
 * template candidates, which the validator judges like any other, and a proposal cites its case.
 */
class TemplateCandidatesTest {
  private static final String TARGET = "shop.Visits#firstVisits";
  /** A list used as a set, in first-seen order: the shape of seed case search-dedupe-keep-order, in other words. */
  private static final String SOURCE = """
      package shop;

      import java.util.ArrayList;
      import java.util.List;

      public class Visits {
        public static List<Integer> firstVisits(List<Integer> visitorIds) {
          List<Integer> seenOnce = new ArrayList<>();
          for (Integer visitor : visitorIds)
            if (!seenOnce.contains(visitor)) seenOnce.add(visitor);
          return seenOnce;
        }
      }
      """;

  /** Quick settings on inputs large enough that a quadratic scan shows against noise on a shared machine. */
  private static final BenchmarkSettings LARGE_INPUTS = new BenchmarkSettings(1, 6, 200, 15, 150, 3000);

  @TempDir Path root;
  @TempDir Path kb;

  private PipelineFactory factory(boolean retrieval) {
    return PipelineFactory.builder().embeddedKnowledgeBase(kb).retrieval(retrieval)
        .validation(ValidationOptions.builder().benchmark(LARGE_INPUTS).workDir(root.resolve("work")).build())
        .build();
  }

  private CandidatePipeline.TargetResult run(boolean retrieval) throws IOException {
    Path file = root.resolve("src/shop/Visits.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, SOURCE);
    try (PipelineFactory f = factory(retrieval)) {
      CandidatePipeline.Input in = CandidatePipeline.Input.builder(root.resolve("src"), List.of(TARGET))
          .useRecipes(false).build();
      return f.pipeline(List.of(), list -> list).run(in, (stage, progress, message) -> {}).get(0);
    }
  }

  @Test
  void retrievalOnGivesATemplateCandidateTheValidatorAcceptsCitingItsCase() throws IOException {
    CandidatePipeline.TargetResult r = run(true);

    assertThat(r.candidates()).extracting(Candidate::source).contains("template:search-dedupe-keep-order");
    Candidate accepted = r.acceptedCandidate();
    assertThat(accepted).as("verdicts: %s", r.verdicts()).isNotNull();
    assertThat(accepted.source()).startsWith("template:");
    String caseId = accepted.source().substring("template:".length());
    assertThat(accepted.suggestions()).singleElement().satisfies(s -> assertThat(s.caseId()).isEqualTo(caseId));
    assertThat(accepted.explanation()).contains("knowledge-base case " + caseId).containsPattern("\\d+\\.\\d\\dx faster");
    Verdict v = r.acceptedVerdict();
    assertThat(v.speedup()).as(v.reason()).isGreaterThan(5);
    assertThat(accepted.patchedSource()).contains("LinkedHashSet").doesNotContain("seenOnce.contains");
  }

  @Test
  void retrievalOffGivesNoTemplateCandidate() throws IOException {
    CandidatePipeline.TargetResult r = run(false);

    assertThat(r.candidates()).noneMatch(c -> c.source().startsWith("template:"));
  }
}
