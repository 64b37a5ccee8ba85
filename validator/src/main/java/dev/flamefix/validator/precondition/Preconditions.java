package dev.flamefix.validator.precondition;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.TypeParameter;
import dev.flamefix.validator.ValidationRequest;
import dev.flamefix.validator.compile.CompileError;
import dev.flamefix.validator.compile.InMemoryCompiler;
import dev.flamefix.validator.compile.SourceUnit;
import dev.flamefix.validator.differential.PreconditionSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Preconditions of the compared methods: the inputs a method's contract covers, so that
 * differential testing does not reject a rewrite for behaving differently where the original
 * only fails (an {@code ArrayIndexOutOfBoundsException} for {@code count = -1} when the documented
 * domain is {@code count >= 0}).
 *
 * <p>They are stated, never guessed: by the user ({@link ValidationRequest#precondition()}, which
 * applies to the targets), or by the code's author as leading {@code assert} statements of the
 * original method (Java runs with assertions off in production, so they state a contract rather
 * than enforce one). Asserts that name anything but the method's parameters (fields, the class's
 * own methods) are not used. Each method's conditions are joined with {@code &&} and compiled
 * into a static check method of a class next to the classes under test; only the sandboxed
 * differential child ever evaluates them.
 */
public final class Preconditions {
  /** The name {@code this} gets in the check method, which is static. */
  static final String THIS = "flamefixThis";

  private static final JavaParser PARSER =
      new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

  private Preconditions() {}

  /**
   * A class of checks to compile with the original, and what the child needs to find them.
   *
   * @param unit the check class's source
   * @param specs one per compared method with a precondition
   */
  public record Checks(SourceUnit unit, List<PreconditionSpec> specs) {}

  /**
   * The checks of {@code request}'s compared methods, in a class named {@code checkClass} (simple
   * name, in the request's package); empty when no method has a precondition.
   *
   * @throws IllegalArgumentException when the stated precondition is not a valid one (see {@link
   *     #problem})
   */
  public static Optional<Checks> plan(ValidationRequest request, String checkClass) {
    CompilationUnit unit = parse(request.originalSource());
    TypeDeclaration<?> type = topType(unit, request.simpleName());
    StringBuilder methods = new StringBuilder();
    List<PreconditionSpec> specs = new ArrayList<>();
    String binary = request.packageName().isEmpty() ? checkClass : request.packageName() + "." + checkClass;
    Set<MethodDeclaration> seen = new LinkedHashSet<>();
    for (String selector : request.targetMethods()) {
      boolean helper = request.helperMethods().contains(selector);
      for (MethodDeclaration m : resolve(type, selector)) {
        if (!seen.add(m)) {
          continue;
        }
        List<String> parts = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        if (!helper && request.precondition() != null) {
          String problem = problem(m, request.precondition());
          if (problem != null) {
            throw new IllegalArgumentException(problem);
          }
          parts.add(request.precondition());
          origins.add("stated");
        }
        List<String> asserts = leadingAsserts(m);
        if (!asserts.isEmpty()) {
          parts.addAll(asserts);
          origins.add("leading assert");
        }
        if (parts.isEmpty()) {
          continue;
        }
        String expression = parts.size() == 1 ? parts.get(0)
            : parts.stream().map(p -> "(" + p + ")").collect(Collectors.joining(" && "));
        String name = "pre" + specs.size();
        methods.append(checkMethod(type, m, name, expression));
        specs.add(new PreconditionSpec(m.getNameAsString(), expression, String.join(" and ", origins),
            binary, name));
      }
    }
    if (specs.isEmpty()) {
      return Optional.empty();
    }
    String source = header(unit, request.packageName(), request.simpleName())
        + "final class " + checkClass + " {\n  private " + checkClass + "() {}\n" + methods + "}\n";
    return Optional.of(new Checks(new SourceUnit("precondition:" + request.id(), "precondition", binary,
        source, "precondition"), specs));
  }

  /**
   * Why {@code expression} cannot be the precondition of {@code method}: it does not parse, it
   * assigns, it names something that is not one of the method's parameters (class names before a
   * dot, such as {@code Integer.MAX_VALUE}, and lambda parameters are fine), or it uses {@code
   * this} in a static method; {@code null} when none of that holds. Types are javac's business
   * ({@link #compileProblem}).
   */
  public static String problem(MethodDeclaration method, String expression) {
    ParseResult<Expression> parsed = PARSER.parseExpression(expression);
    String where = "the precondition of " + describe(method);
    if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
      return where + " is not a Java expression: " + expression + " ("
          + parsed.getProblems().stream().findFirst().map(p -> p.getMessage().lines().findFirst().orElse(""))
              .orElse("does not parse") + ")";
    }
    Expression e = parsed.getResult().get();
    if (!e.findAll(AssignExpr.class).isEmpty() || e.findAll(UnaryExpr.class).stream().anyMatch(u ->
        u.getOperator().name().contains("CREMENT"))) {
      return where + " must not assign anything: " + expression;
    }
    if (method.isStatic() && !e.findAll(ThisExpr.class).isEmpty()) {
      return where + " uses this, but the method is static: " + expression;
    }
    Set<String> params = parameterNames(method);
    Set<String> lambdaParams = new LinkedHashSet<>();
    e.findAll(LambdaExpr.class).forEach(l -> l.getParameters().forEach(p -> lambdaParams.add(p.getNameAsString())));
    for (NameExpr n : e.findAll(NameExpr.class)) {
      String name = n.getNameAsString();
      if (!params.contains(name) && !lambdaParams.contains(name) && !isClassName(n)) {
        return where + " names " + name + ", which is not a parameter (parameters: "
            + (params.isEmpty() ? "none" : String.join(", ", params)) + "): " + expression;
      }
    }
    return null;
  }

  /**
   * Whether {@code expression} is a valid precondition of the method {@code selector} ({@code
   * name} or {@code name(Type,...)}) of {@code className} in {@code source}: the checks of {@link
   * #problem}, then javac on the check class compiled with the source against {@code classPath}
   * (the expression must be boolean and its calls must exist). When the source itself does not
   * compile there, only the first checks are made (the validator would fail on it anyway).
   *
   * @return the problem, phrased for the user, or empty when the precondition is fine
   */
  public static Optional<String> compileProblem(String source, String className, String selector,
      String expression, List<Path> classPath) {
    ValidationRequest request = ValidationRequest.of("check", className, source, source, List.of(selector),
        classPath).withPrecondition(expression);
    Checks checks;
    try {
      checks = plan(request, request.simpleName() + "FlamefixPrecondition").orElse(null);
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
    if (checks == null) {
      return Optional.of("no method " + selector + " in " + className);
    }
    Path dir;
    try {
      dir = Files.createTempDirectory("flamefix-precondition-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Map<String, List<CompileError>> errors = InMemoryCompiler.compile(List.of(
          new SourceUnit("original", "original", className, source, className), checks.unit()),
          classPath, dir, List.of());
      if (errors.containsKey("original") || errors.containsKey("*")) {
        return Optional.empty();
      }
      return errors.getOrDefault(checks.unit().owner(), List.of()).stream().findFirst()
          .map(err -> "the precondition " + expression + " does not compile: " + message(err));
    } finally {
      delete(dir);
    }
  }

  /** A compiler error in a check class, phrased without its internal names. */
  public static String message(CompileError error) {
    return error.message().replace(THIS, "this");
  }

  /**
   * The conditions of the method's leading {@code assert} statements that name only its
   * parameters (and class names before a dot); the rest are skipped, since they may read state
   * that a check outside the class cannot see.
   */
  static List<String> leadingAsserts(MethodDeclaration method) {
    List<String> out = new ArrayList<>();
    if (method.getBody().isEmpty()) {
      return out;
    }
    Set<String> params = parameterNames(method);
    for (Statement s : method.getBody().get().getStatements()) {
      if (!s.isAssertStmt()) {
        break;
      }
      Expression check = s.asAssertStmt().getCheck();
      boolean onlyParameters = check.findAll(NameExpr.class).stream()
          .allMatch(n -> params.contains(n.getNameAsString()) || isClassName(n))
          && check.findAll(MethodCallExpr.class).stream().allMatch(c -> c.getScope().isPresent())
          && check.findAll(ThisExpr.class).isEmpty() && check.findAll(LambdaExpr.class).isEmpty();
      if (onlyParameters) {
        out.add(check.toString());
      }
    }
    return out;
  }

  /** The methods of {@code type} {@code selector} names: {@code name} (every overload) or {@code name(Type,...)}. */
  static List<MethodDeclaration> resolve(TypeDeclaration<?> type, String selector) {
    String name = selector.contains("(") ? selector.substring(0, selector.indexOf('(')).strip() : selector.strip();
    List<String> types = null;
    if (selector.contains("(")) {
      String inside = selector.substring(selector.indexOf('(') + 1, selector.lastIndexOf(')')).strip();
      types = inside.isEmpty() ? List.of() : Stream.of(inside.split(",")).map(String::strip).toList();
    }
    List<MethodDeclaration> out = new ArrayList<>();
    for (MethodDeclaration m : type.getMethodsByName(name)) {
      if (types == null || matches(type, m, types)) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean matches(TypeDeclaration<?> type, MethodDeclaration m, List<String> types) {
    if (m.getParameters().size() != types.size()) {
      return false;
    }
    Set<String> typeVariables = new LinkedHashSet<>();
    typeParameters(type, m).forEach(p -> typeVariables.add(p.getNameAsString()));
    for (int i = 0; i < types.size(); i++) {
      Parameter p = m.getParameter(i);
      String declared = p.getType().asString().replaceAll("<.*>", "").replaceAll("\\s+", "");
      String element = declared.replace("[]", "");
      declared = declared.substring(declared.lastIndexOf('.') + 1) + (p.isVarArgs() ? "[]" : "");
      String wanted = types.get(i).replaceAll("<.*>", "");
      wanted = wanted.substring(wanted.lastIndexOf('.') + 1);
      if (!declared.equals(wanted) && !typeVariables.contains(element)) {
        return false;
      }
    }
    return true;
  }

  /** {@code static <T> boolean preN(Cls<T> flamefixThis, params) { return (expression); }}. */
  private static String checkMethod(TypeDeclaration<?> type, MethodDeclaration m, String name, String expression) {
    Expression e = PARSER.parseExpression(expression).getResult().orElseThrow();
    for (ThisExpr t : e.findAll(ThisExpr.class)) {
      if (t.getTypeName().isEmpty()) {
        if (t == e) {
          e = new NameExpr(THIS);
        } else {
          t.replace(new NameExpr(THIS));
        }
      }
    }
    List<TypeParameter> typeParameters = typeParameters(type, m);
    List<String> params = new ArrayList<>();
    if (!m.isStatic()) {
      String classTypeArgs = type instanceof NodeWithTypeParameters<?> g && !g.getTypeParameters().isEmpty()
          ? g.getTypeParameters().stream().map(TypeParameter::getNameAsString).collect(Collectors.joining(", ", "<", ">"))
          : "";
      params.add(type.getNameAsString() + classTypeArgs + " " + THIS);
    }
    for (Parameter p : m.getParameters()) {
      params.add(p.getType().asString() + (p.isVarArgs() ? "[]" : "") + " " + p.getNameAsString());
    }
    String generics = typeParameters.isEmpty() ? ""
        : typeParameters.stream().map(TypeParameter::toString).collect(Collectors.joining(", ", "<", "> "));
    return "  // " + describe(m) + "\n  @SuppressWarnings(\"all\")\n  static " + generics + "boolean " + name
        + "(" + String.join(", ", params) + ") {\n    return (" + e + ");\n  }\n";
  }

  /** The class's type parameters (for instance methods) and the method's, the method's winning a clash. */
  private static List<TypeParameter> typeParameters(TypeDeclaration<?> type, MethodDeclaration m) {
    Map<String, TypeParameter> out = new LinkedHashMap<>();
    if (!m.isStatic() && type instanceof NodeWithTypeParameters<?> g) {
      g.getTypeParameters().forEach(p -> out.put(p.getNameAsString(), p));
    }
    m.getTypeParameters().forEach(p -> out.put(p.getNameAsString(), p));
    return new ArrayList<>(out.values());
  }

  /** Package, the original's imports, and its nested types (so parameter types resolve as there). */
  private static String header(CompilationUnit unit, String packageName, String simpleName) {
    StringBuilder out = new StringBuilder();
    if (!packageName.isEmpty()) {
      out.append("package ").append(packageName).append(";\n\n");
    }
    for (ImportDeclaration i : unit.getImports()) {
      out.append(i.toString().strip()).append('\n');
    }
    if (!packageName.isEmpty()) {
      out.append("import ").append(packageName).append('.').append(simpleName).append(".*;\n");
    }
    return out.append('\n').toString();
  }

  private static boolean isClassName(NameExpr n) {
    Optional<Node> parent = n.getParentNode();
    boolean scope = parent.isPresent() && (parent.get() instanceof FieldAccessExpr f && f.getScope() == n
        || parent.get() instanceof MethodCallExpr c && c.getScope().map(x -> x == n).orElse(false));
    return scope && Character.isUpperCase(n.getNameAsString().charAt(0));
  }

  private static Set<String> parameterNames(MethodDeclaration m) {
    Set<String> out = new LinkedHashSet<>();
    m.getParameters().forEach(p -> out.add(p.getNameAsString()));
    return out;
  }

  private static String describe(MethodDeclaration m) {
    return m.getNameAsString() + m.getParameters().stream().map(p -> p.getType().asString())
        .collect(Collectors.joining(",", "(", ")"));
  }

  private static CompilationUnit parse(String source) {
    ParseResult<CompilationUnit> r = PARSER.parse(source);
    if (!r.isSuccessful() || r.getResult().isEmpty()) {
      throw new IllegalArgumentException("the original does not parse");
    }
    return r.getResult().get();
  }

  private static TypeDeclaration<?> topType(CompilationUnit unit, String simpleName) {
    return unit.getTypes().stream().filter(t -> t.getNameAsString().equals(simpleName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the original declares no type " + simpleName));
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory is harmless.
    }
  }
}
