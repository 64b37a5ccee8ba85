package dev.flamefix.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.server.appconfig.AppConfigRequest;
import dev.flamefix.server.optimize.OptimizationSpec;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The request records' annotations, worded as the API's {@code errors} entries. */
class RequestValidationTest {

  static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  static final RequestValidation VALIDATION = new RequestValidation(FACTORY.getValidator());

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  void optimizationOptionsOutOfRangeAreNamedWithTheirValue() {
    OptimizationSpec spec = new OptimizationSpec("orders", null, null, List.of("a.B#c"),
        new OptimizationSpec.Options(List.of("gpt-4o", "bad name"), 0, 11, 5, null, 6, null));
    assertThat(VALIDATION.errors(spec)).containsExactly(
        "options.candidates: must be 0..10, was 11",
        "options.feedbackRounds: must be 0..5, was 6",
        "options.k: must be 1..10, was 0",
        "options.models: not a model name: bad name",
        "options.timeBudgetSeconds: must be 10..86400, was 5");
  }

  @Test
  void targetsNeedOneToTwentyWellFormedEntries() {
    assertThat(VALIDATION.errors(new OptimizationSpec("orders", null, null, null, null)))
        .containsExactly("targets: 1 to 20 targets like com.acme.Foo#bar are required");
    assertThat(VALIDATION.errors(new OptimizationSpec("orders", null, null,
        List.of("a.B#c(int, java.util.List<String>)", "not a target"), null)))
        .containsExactly(
            "targets: not a target (pkg.Class#method or pkg.Class#method(Type,...)): not a target");
    List<String> many = java.util.stream.IntStream.range(0, 21).mapToObj(i -> "a.B#m" + i).toList();
    assertThat(VALIDATION.errors(new OptimizationSpec("orders", null, null, many, null)))
        .containsExactly("targets: 1 to 20 targets like com.acme.Foo#bar are required");
  }

  @Test
  void appConfigNumbersAreChecked() {
    AppConfigRequest body = new AppConfigRequest("/src", List.of(), null, null, -2.0,
        new AppConfigRequest.BudgetRequest(17, null));
    assertThat(VALIDATION.errors(body)).containsExactly(
        "budget.concurrentJobs: must be 1..16, was 17",
        "cores: must be > 0 and <= 100000, was -2.0");
    assertThat(VALIDATION.errors(new AppConfigRequest("/src", List.of(), null, null, 8.0,
        new AppConfigRequest.BudgetRequest(null, null)))).isEmpty();
  }
}
