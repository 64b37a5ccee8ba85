package dev.flamefix.server.learning;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.flamefix.kb.Case;
import dev.flamefix.kb.KnowledgeBase;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Writes outcomes back (SPEC §2, last line): per-strategy statistics for every validated candidate
 * and every review, and a learned knowledge-base case for every accepted proposal. Also orders
 * candidates for validation with the {@link ThompsonBandit} over those statistics.
 */
@Service
public class LearningService {
  private static final Logger log = LoggerFactory.getLogger(LearningService.class);

  private final StrategyRepository strategies;
  private final ObjectProvider<KnowledgeBase> knowledgeBase;
  private final ThompsonBandit bandit = new ThompsonBandit();

  public LearningService(StrategyRepository strategies, ObjectProvider<KnowledgeBase> knowledgeBase) {
    this.strategies = strategies;
    this.knowledgeBase = knowledgeBase;
  }

  /** The arms as the bandit sees them now. */
  public List<StrategyArm> arms() {
    return strategies.arms();
  }

  /** {@code items} in the order the bandit wants them tried. */
  public <T> List<T> order(List<T> items, Function<T, String> strategyOf) {
    Map<String, StrategyArm> arms = strategies.arms().stream()
        .collect(Collectors.toMap(StrategyArm::strategy, a -> a));
    return bandit.order(items, strategyOf, arms);
  }

  /** Records a validator verdict on a candidate. */
  public void validated(String strategy, boolean accepted, double speedup, List<String> suggestions, String target) {
    strategies.record(StrategyOutcome.of(strategy, StrategyOutcome.Kind.VALIDATION, accepted, speedup, suggestions, target));
  }

  /** Records a reviewer's decision on a proposal. */
  public void reviewed(String strategy, boolean accepted, double speedup, List<String> suggestions, String target) {
    strategies.record(StrategyOutcome.of(strategy, StrategyOutcome.Kind.REVIEW, accepted, speedup, suggestions, target));
  }

  /**
   * Adds the accepted rewrite to the knowledge base as a learned case: the original method as the
   * slow code, the candidate's method as the fast code, the measured speed-up as the rate.
   *
   * @return the stored case
   */
  public Case learn(String category, String className, String methodName, String originalSource,
      String patchedSource, String summary, double rate, double rateError) {
    String slow = methodText(originalSource, className, methodName);
    String fast = methodText(patchedSource, className, methodName);
    Case stored = knowledgeBase.getObject().addLearned(category, slow, fast, summary, rate, rateError);
    log.info("learned case {} ({}, rate {})", stored.id(), category, String.format("%.2f", rate));
    return stored;
  }

  /** The source of every method named {@code methodName} in the file (overloads together). */
  static String methodText(String source, String className, String methodName) {
    CompilationUnit cu = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17))
        .parse(source).getResult().orElseThrow(() -> new IllegalArgumentException("unparseable source"));
    String simple = className.substring(className.lastIndexOf('.') + 1);
    String bare = methodName.contains("(") ? methodName.substring(0, methodName.indexOf('(')) : methodName;
    List<String> found = cu.findAll(MethodDeclaration.class, m -> m.getNameAsString().equals(bare)
            && m.findAncestor(com.github.javaparser.ast.body.TypeDeclaration.class)
                .map(t -> t.getNameAsString().equals(simple)).orElse(false))
        .stream().map(MethodDeclaration::toString).toList();
    return found.isEmpty() ? source : String.join("\n\n", found);
  }
}
