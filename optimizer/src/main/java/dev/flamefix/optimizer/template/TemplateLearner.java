package dev.flamefix.optimizer.template;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.stmt.Statement;
import dev.flamefix.kb.Case;
import dev.flamefix.kb.seed.SeedCorpus;
import dev.flamefix.optimizer.target.JavaSources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Learns a {@link Template} from a case's slow and fast code: the one method whose body the fix
 * changed, the smallest statement sequence that differs ({@link EditRegion}), abstracted into holes
 * ({@link Abstraction}), plus the fields, methods and JDK imports the fix added. A case whose fix
 * changes more than one method, changes or removes an existing field, or touches anything else of
 * the class gives no template: such a fix is not a local rewrite a match could carry to other code.
 */
public final class TemplateLearner {
  private static volatile Path seedDomainRoot;
  /** The packages a case's bare members may use without imports: the JDK's common ones and the seed domain. */
  static final List<String> WRAP_PACKAGES = List.of("java.util", "java.util.function", "java.util.stream",
      "java.util.regex", "java.util.concurrent", "java.util.concurrent.atomic", "java.io", "java.nio",
      "java.nio.charset", "java.nio.file", "java.text", "java.time", "java.time.format", "java.time.temporal",
      "java.math", "java.lang.reflect", "java.lang.invoke");
  private static final List<String> WRAP_IMPORTS = java.util.stream.Stream.concat(
      WRAP_PACKAGES.stream().map(p -> "import " + p + ".*;"),
      java.util.stream.Stream.of("import dev.flamefix.kb.seed.SeedDomain.*;")).toList();

  /** The case's template, or empty when its fix is not a local rewrite of one method. */
  public Optional<Template> learn(Case c) {
    if (c.fastCode().isBlank()) return Optional.empty();
    try {
      JavaParser parser = JavaSources.parser(seedDomainRoot());
      CompilationUnit slow = unit(parser, c.slowCode(), "Slow");
      CompilationUnit fast = unit(parser, c.fastCode(), "Fast");
      slow.getAllContainedComments().forEach(Comment::remove);
      fast.getAllContainedComments().forEach(Comment::remove);
      // Both sides in one normal form, so a target written the other way can match the pattern.
      NormalForms.normalise(slow);
      NormalForms.normalise(fast);
      if (restsOnSortedInput(slow, fast)) {
        return Optional.empty();
      }
      return learn(c, slow, fast);
    } catch (RuntimeException e) {
      // Odd case code (no class, unresolvable constructs) simply has no template.
      return Optional.empty();
    }
  }

  /**
   * The case's code as a unit. Cases hold the members of their class only (the seed corpus drops
   * imports and the class line), so they are wrapped in a class that imports the JDK packages
   * cases draw on and the seed domain, which lets the symbol solver tell JDK from user code.
   */
  private static CompilationUnit unit(JavaParser parser, String code, String className) {
    var wrapped = parser.parse(String.join("\n", WRAP_IMPORTS) + "\nfinal class " + className + " {\n" + code + "\n}\n");
    if (wrapped.isSuccessful() && wrapped.getResult().isPresent()) return wrapped.getResult().get();
    return JavaSources.parse(parser, code, className + " code");
  }

  private Optional<Template> learn(Case c, CompilationUnit slow, CompilationUnit fast) {
    if (slow.getTypes().size() != 1 || fast.getTypes().size() != 1) return Optional.empty();
    TypeDeclaration<?> st = slow.getType(0);
    TypeDeclaration<?> ft = fast.getType(0);
    Map<String, BodyDeclaration<?>> slowMembers = members(st);
    Map<String, BodyDeclaration<?>> fastMembers = members(ft);
    MethodDeclaration slowMethod = null;
    MethodDeclaration fastMethod = null;
    for (Map.Entry<String, BodyDeclaration<?>> e : slowMembers.entrySet()) {
      BodyDeclaration<?> other = fastMembers.get(e.getKey());
      if (other == null) return Optional.empty();
      if (other.toString().equals(e.getValue().toString())) continue;
      if (slowMethod != null || !(e.getValue() instanceof MethodDeclaration sm)) return Optional.empty();
      slowMethod = sm;
      fastMethod = (MethodDeclaration) other;
    }
    if (slowMethod == null || slowMethod.getBody().isEmpty() || fastMethod.getBody().isEmpty()
        || !slowMethod.getSignature().equals(fastMethod.getSignature())
        || !slowMethod.getType().equals(fastMethod.getType())) {
      return Optional.empty();
    }
    List<BodyDeclaration<?>> added = new ArrayList<>();
    for (Map.Entry<String, BodyDeclaration<?>> e : fastMembers.entrySet()) {
      if (!slowMembers.containsKey(e.getKey())) {
        if (!(e.getValue() instanceof MethodDeclaration) && !(e.getValue() instanceof FieldDeclaration)) return Optional.empty();
        added.add(e.getValue());
      }
    }
    Optional<EditRegion> region = EditRegion.between(slowMethod.getBody().get(), fastMethod.getBody().get());
    if (region.isEmpty()) return Optional.empty();
    Abstraction abs = new Abstraction(st, slowMethod, ft, fastMethod, added);
    if (!abs.abstractAll(region.get())) return Optional.empty();
    List<String> imports = newImports(slow, fast);
    for (String q : JdkImports.needed(region.get().fast(), added)) {
      if (!imports.contains(q)) imports.add(q);
    }
    List<Statement> before = region.get().slow().stream().map(Statement::clone).toList();
    List<Statement> after = region.get().fast().stream().map(Statement::clone).toList();
    List<BodyDeclaration<?>> members = added.stream().<BodyDeclaration<?>>map(BodyDeclaration::clone).toList();
    if (Abstraction.movesUserCalls(before, after, members)) return Optional.empty();
    return Optional.of(new Template(c.id(), c.category(), c.rate(), before, after, abs.constraints(), abs.literalKinds(),
        abs.retyped(region.get()), abs.freshBases(), members, imports));
  }

  /** Members by a key that survives a rewrite of their bodies: signature, field names, or their text. */
  private static Map<String, BodyDeclaration<?>> members(TypeDeclaration<?> type) {
    Map<String, BodyDeclaration<?>> out = new LinkedHashMap<>();
    for (BodyDeclaration<?> m : type.getMembers()) {
      String key;
      if (m instanceof MethodDeclaration md) {
        key = "method " + md.getSignature().asString();
      } else if (m instanceof FieldDeclaration f) {
        key = "field " + f.getVariables().stream().map(v -> v.getNameAsString()).collect(Collectors.joining(","));
      } else {
        key = "other " + m;
      }
      out.put(key, m);
    }
    return out;
  }

  private static List<String> newImports(CompilationUnit slow, CompilationUnit fast) {
    Set<String> had = slow.getImports().stream().map(ImportDeclaration::toString).collect(Collectors.toSet());
    List<String> out = new ArrayList<>();
    for (ImportDeclaration i : fast.getImports()) {
      if (!had.contains(i.toString()) && TypeConstraint.isJdk(i.getNameAsString())) {
        out.add((i.isStatic() ? "static " : "") + i.getNameAsString() + (i.isAsterisk() ? ".*" : ""));
      }
    }
    return out;
  }

  /**
   * A source root holding the seed corpus's shared domain types, so the symbol solver can tell the
   * cases' own types from the JDK's; null when the corpus is not on the class path.
   */
  private static Path seedDomainRoot() {
    Path root = seedDomainRoot;
    if (root != null) return root;
    synchronized (TemplateLearner.class) {
      if (seedDomainRoot == null) {
        try (InputStream in = TemplateLearner.class.getResourceAsStream(SeedCorpus.RESOURCE_ROOT + "/" + SeedCorpus.DOMAIN)) {
          if (in == null) return null;
          Path dir = Files.createTempDirectory("flamefix-seed-domain");
          Path file = dir.resolve("dev/flamefix/kb/seed/" + SeedCorpus.DOMAIN);
          Files.createDirectories(file.getParent());
          Files.write(file, in.readAllBytes());
          file.toFile().deleteOnExit();
          seedDomainRoot = dir;
        } catch (IOException e) {
          return null;
        }
      }
      return seedDomainRoot;
    }
  }

  /** Direct child statements of {@code n} in source order. */
  static List<Statement> childStatements(Node n) {
    List<Statement> out = new ArrayList<>();
    for (Node c : n.getChildNodes()) {
      if (c instanceof Statement s) out.add(s);
    }
    return out;
  }

  /**
   * Whether the fix brings in a binary search the slow code did not use: it is right only on
   * input sorted by the same order, a property of the data that neither a match nor the
   * validator's generated inputs can establish, so such a case teaches no template.
   */
  private static boolean restsOnSortedInput(CompilationUnit slow, CompilationUnit fast) {
    return binarySearches(fast) > binarySearches(slow);
  }

  private static long binarySearches(CompilationUnit unit) {
    return unit.findAll(com.github.javaparser.ast.expr.MethodCallExpr.class).stream()
        .filter(m -> m.getNameAsString().equals("binarySearch")).count();
  }
}
