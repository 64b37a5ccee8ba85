package dev.flamefix.optimizer.recipe;

import com.github.javaparser.JavaParser;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import dev.flamefix.optimizer.splice.MemberPrinter;
import dev.flamefix.optimizer.target.JavaSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs the recipe catalogue on one target method. Each recipe gets a fresh parse of the file (so
 * one recipe's changes never leak into another's outcome); when two or more fire, they are also
 * applied in sequence to one copy and offered as a combined outcome. Files keep their original
 * formatting outside the rewritten nodes. Before the recipes run, method references in stream
 * predicate stages are viewed as the lambdas they mean ({@link MethodReferences}), and turned back
 * afterwards wherever a recipe left them as they were.
 */
public final class RecipeEngine {
  private final List<Recipe> recipes;

  /** The full catalogue, in a fixed order. */
  public RecipeEngine() {
    this(catalogue());
  }

  public RecipeEngine(List<Recipe> recipes) {
    this.recipes = List.copyOf(recipes);
  }

  /** Every recipe, one per knowledge-base category it covers. */
  public static List<Recipe> catalogue() {
    return List.of(
        new StringConcatInLoopRecipe(),
        new LinearSearchInLoopRecipe(),
        new ListAsSetRecipe(),
        new RegexRecompiledRecipe(),
        new FormatterRecreatedRecipe(),
        new BoxedAccumulationRecipe(),
        new LinkedListIndexedAccessRecipe(),
        new LoopInvariantRecipe(),
        new DoubleMapLookupRecipe(),
        new SortOrCopyInLoopRecipe(),
        new SynchronizedLegacyCollectionRecipe(),
        new StreamBoxingRecipe(),
        new UnbufferedIoRecipe(),
        new ExceptionControlFlowRecipe(),
        new MissingMemoizationRecipe(),
        new ReflectionHotPathRecipe(),
        new PowSmallExponentRecipe(),
        new ArrayCopyLoopRecipe(),
        new StreamExistenceRecipe(),
        new NestedLoopJoinRecipe(),
        new ListRemoveHeadRecipe(),
        new StringFormatInLoopRecipe(),
        new SlidingWindowRecipe(),
        new KeySetThenGetRecipe(),
        new MinMaxBySortingRecipe());
  }

  public List<Recipe> recipes() {
    return recipes;
  }

  /**
   * Applies every recipe to the method at {@code targetRange} in {@code source}.
   *
   * @param sourceRoot lets the symbol solver see the project's other classes; may be null
   */
  public List<RecipeOutcome> apply(String source, Path sourceRoot, Range targetRange) {
    return run(source, sourceRoot, targetRange).fired();
  }

  /**
   * Like {@link #apply}, and also says why recipes that found their shape did not fire.
   *
   * @param sourceRoot lets the symbol solver see the project's other classes; may be null
   */
  public Result run(String source, Path sourceRoot, Range targetRange) {
    JavaParser parser = JavaSources.parser(sourceRoot);
    List<RecipeOutcome> out = new ArrayList<>();
    List<NotFired> notFired = new ArrayList<>();
    for (Recipe recipe : recipes) {
      applyOne(parser, source, targetRange, List.of(recipe), notFired::add).ifPresent(out::add);
    }
    if (out.size() >= 2) {
      List<Recipe> fired = recipes.stream().filter(r -> out.stream().anyMatch(o -> o.recipeIds().contains(r.id()))).toList();
      applyOne(parser, source, targetRange, fired, n -> { }).filter(o -> o.recipeIds().size() >= 2).ifPresent(out::add);
    }
    return new Result(out, notFired);
  }

  /**
   * What {@link #run} found.
   *
   * @param fired one outcome per recipe that fired, then their combination if two or more did
   * @param notFired the recipes that recognised their anti-pattern and refused it, with why
   */
  public record Result(List<RecipeOutcome> fired, List<NotFired> notFired) {
    public Result {
      fired = List.copyOf(fired);
      notFired = List.copyOf(notFired);
    }
  }

  /**
   * A recipe that did not fire although it got far enough to say why.
   *
   * @param recipeId the recipe
   * @param reason the precondition that failed ({@link RecipeContext#refuse}), or the exception
   *     the recipe tripped over on this code
   */
  public record NotFired(String recipeId, String reason) {
    @Override
    public String toString() {
      return recipeId + ": " + reason;
    }
  }

  /** Applies {@code chain} in order to one copy; empty if none fired. */
  public Optional<RecipeOutcome> applyOne(JavaParser parser, String source, Range targetRange, List<Recipe> chain) {
    return applyOne(parser, source, targetRange, chain, n -> { });
  }

  private Optional<RecipeOutcome> applyOne(JavaParser parser, String source, Range targetRange, List<Recipe> chain,
      Consumer<NotFired> notFired) {
    CompilationUnit cu = JavaSources.parse(parser, source, "target source");
    LexicalPreservingPrinter.setup(cu);
    MethodDeclaration method = cu.findAll(MethodDeclaration.class).stream()
        .filter(m -> m.getRange().map(targetRange::equals).orElse(false)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no method at " + targetRange));
    TypeDeclaration<?> type = (TypeDeclaration<?>) method.getParentNode().orElseThrow();
    MemberPrinter printer = MemberPrinter.of(source, method);
    RecipeContext ctx = new RecipeContext(cu, type);
    MethodReferences references = MethodReferences.toLambdas(method, ctx);
    String signature = method.getSignature().asString();
    List<String> ids = new ArrayList<>();
    List<String> explanations = new ArrayList<>();
    for (Recipe r : chain) {
      Optional<String> why;
      try {
        why = r.apply(method, ctx);
      } catch (RuntimeException e) {
        // A recipe that trips over unusual code must not sink the others; it did not fire, and
        // says so, since a shape it should handle may be behind it.
        why = Optional.empty();
        ctx.refuse("could not analyse this method (" + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())) + ")");
      }
      String refusal = ctx.takeRefusal();
      if (why.isPresent()) {
        ids.add(r.id());
        explanations.add("[" + r.id() + "] " + why.get());
      } else if (refusal != null) {
        notFired.accept(new NotFired(r.id(), refusal));
      }
    }
    if (ids.isEmpty()) return Optional.empty();
    references.restore(cu);
    String patched;
    try {
      patched = printer.print(cu, ctx.insertedNodes());
    } catch (RuntimeException e) {
      patched = cu.toString();
    }
    if (!parser.parse(patched).isSuccessful()) {
      patched = cu.toString();
    }
    List<String> changed = new ArrayList<>();
    changed.add(signature);
    changed.addAll(ctx.addedMembers());
    return Optional.of(new RecipeOutcome(ids, patched, changed, String.join("\n", explanations)));
  }

  private static String firstLine(String message) {
    String line = message.lines().findFirst().orElse("");
    return line.length() > 160 ? line.substring(0, 160) + "..." : line;
  }
}
