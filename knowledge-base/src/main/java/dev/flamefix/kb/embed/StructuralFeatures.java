package dev.flamefix.kb.embed;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.flamefix.kb.ast.Loops;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Performance-aware structure of a Java snippet, computed with JavaParser: where the loops are and
 * what happens inside them (calls, allocations, string building, linear searches, regex and
 * formatter construction, boxing, exceptions, sorting, I/O, map lookups, reflection). Each feature
 * is a count squashed into [0, 1); the vector is what lets two programs with different purposes
 * but the same anti-pattern land near each other.
 *
 * <p>Code that does not parse still gets features from a lexical scan ({@link #lexical}), so
 * extraction never throws.
 */
public final class StructuralFeatures {

  /**
   * One structural feature; the ordinal is its position in the vector. Generic shape features
   * (loops, calls, collection types) weigh less than the anti-pattern signals, so that "has a loop"
   * does not make all loop code look alike.
   */
  public enum Feature {
    LOOP_NESTING(GENERIC),
    LOOPS(GENERIC),
    CALLS_IN_LOOP(GENERIC),
    ALLOCATIONS_IN_LOOP(GENERIC),
    STRING_CONCAT_IN_LOOP(SIGNAL),
    STRING_BUILDER(GENERIC),
    LINEAR_SEARCH_IN_LOOP(SIGNAL),
    LIST_TYPE(GENERIC),
    HASH_COLLECTION(GENERIC),
    REGEX_CALL(GENERIC),
    REGEX_IN_LOOP(SIGNAL),
    PATTERN_COMPILE_LOCAL(SIGNAL),
    FORMATTER_CREATED(GENERIC),
    FORMATTER_IN_LOOP(SIGNAL),
    BOXED_TYPE(GENERIC),
    BOXED_ACCUMULATION(SIGNAL),
    LINKED_LIST(SIGNAL),
    INDEXED_GET_IN_LOOP(SIGNAL),
    SORT_OR_COPY_IN_LOOP(SIGNAL),
    NESTED_LOOP_EQUALITY(SIGNAL),
    SYNCHRONIZED_LEGACY(SIGNAL),
    TRY_IN_LOOP(SIGNAL),
    CATCH_CLAUSES(GENERIC),
    THROW_IN_LOOP(SIGNAL),
    PARSE_IN_TRY(SIGNAL),
    STREAM_OPS(GENERIC),
    STREAM_BOXING(SIGNAL),
    UNBUFFERED_IO(SIGNAL),
    BUFFERED_IO(GENERIC),
    SINGLE_ELEMENT_IO_IN_LOOP(SIGNAL),
    CONTAINS_KEY_THEN_GET(SIGNAL),
    MAP_GET_IN_LOOP(GENERIC),
    INVARIANT_CALL_IN_LOOP(SIGNAL),
    REFLECTION(GENERIC),
    REFLECTION_IN_LOOP(SIGNAL),
    RECURSION(GENERIC),
    MULTIPLE_RECURSION(SIGNAL),
    STRING_METHOD_IN_LOOP(GENERIC),
    MATH_IN_LOOP(GENERIC),
    ARRAY_ACCESS_IN_LOOP(GENERIC);

    private final float weight;

    Feature(float weight) {
      this.weight = weight;
    }

    /** Multiplier applied to this feature's squashed count. */
    public float weight() {
      return weight;
    }
  }

  private static final float GENERIC = 0.35f;
  private static final float SIGNAL = 1f;

  /** Length of the feature vector. */
  public static final int DIMENSION = Feature.values().length;

  private static final Set<String> LIST_TYPES =
      Set.of("List", "ArrayList", "LinkedList", "Vector", "Collection", "CopyOnWriteArrayList");
  private static final Set<String> HASH_TYPES =
      Set.of("Set", "HashSet", "LinkedHashSet", "TreeSet", "Map", "HashMap", "LinkedHashMap",
          "TreeMap", "ConcurrentHashMap", "EnumMap", "EnumSet", "BitSet");
  private static final Set<String> BOXED =
      Set.of("Integer", "Long", "Double", "Float", "Short", "Byte", "Character", "Boolean");
  private static final Set<String> LEGACY_SYNC = Set.of("Vector", "Hashtable", "StringBuffer", "Stack");
  private static final Set<String> FORMATTERS =
      Set.of("SimpleDateFormat", "DecimalFormat", "MessageFormat", "Formatter", "NumberFormat",
          "ChoiceFormat");
  private static final Set<String> FORMATTER_FACTORIES =
      Set.of("ofPattern", "getInstance", "getNumberInstance", "getCurrencyInstance",
          "getPercentInstance", "getDateInstance", "getDateTimeInstance", "format");
  private static final Set<String> UNBUFFERED =
      Set.of("FileInputStream", "FileOutputStream", "FileReader", "FileWriter", "RandomAccessFile",
          "InputStreamReader", "OutputStreamWriter");
  private static final Set<String> BUFFERED =
      Set.of("BufferedInputStream", "BufferedOutputStream", "BufferedReader", "BufferedWriter");
  private static final Set<String> REGEX_METHODS = Set.of("matches", "replaceAll", "replaceFirst", "split");
  private static final Set<String> LINEAR_SEARCH = Set.of("contains", "indexOf", "lastIndexOf", "remove", "containsAll");
  private static final Set<String> SORT_COPY =
      Set.of("sort", "sorted", "copyOf", "copyOfRange", "toArray", "arraycopy", "addAll", "clone",
          "toList", "reverse", "shuffle");
  private static final Set<String> REFLECTION_METHODS =
      Set.of("getMethod", "getDeclaredMethod", "getMethods", "getDeclaredMethods", "invoke",
          "forName", "getField", "getDeclaredField", "getDeclaredFields", "getFields",
          "newInstance", "getDeclaredConstructor", "getConstructor", "setAccessible");
  private static final Set<String> STREAM_METHODS =
      Set.of("stream", "parallelStream", "map", "filter", "reduce", "collect", "mapToInt",
          "mapToLong", "mapToDouble", "boxed", "sum", "forEach", "flatMap", "count", "summingInt",
          "summingLong", "summingDouble", "averagingInt", "toList", "iterate", "of");
  private static final Set<String> STREAM_BOXING_METHODS =
      Set.of("boxed", "summingInt", "summingLong", "summingDouble", "averagingInt",
          "averagingDouble", "reducing", "reduce");
  private static final Set<String> BOXING_FACTORIES = Set.of("valueOf", "intValue", "longValue", "doubleValue");
  private static final Set<String> PARSE_METHODS =
      Set.of("parseInt", "parseLong", "parseDouble", "parseFloat", "valueOf", "parse", "decode");
  private static final Set<String> STRING_METHODS =
      Set.of("substring", "charAt", "toCharArray", "toUpperCase", "toLowerCase", "trim", "strip",
          "equals", "equalsIgnoreCase", "startsWith", "endsWith", "length", "concat", "intern",
          "getBytes", "valueOf", "join", "repeat", "chars");

  private StructuralFeatures() {}

  /** Raw feature counts of {@code code}; never throws. */
  public static Map<Feature, Integer> counts(String code) {
    try {
      Optional<Node> root = JavaSnippets.parse(code);
      if (root.isPresent()) {
        return new Extractor(root.get()).run();
      }
    } catch (RuntimeException | StackOverflowError e) {
      // Fall through to the lexical scan: a pathological input must not break retrieval.
    }
    return lexical(code == null ? "" : code);
  }

  /** The feature vector of {@code code}: each count {@code c} squashed to {@code c / (c + 1)}, times the feature's weight. */
  public static float[] vector(String code) {
    Map<Feature, Integer> counts = counts(code);
    float[] v = new float[DIMENSION];
    for (Map.Entry<Feature, Integer> e : counts.entrySet()) {
      int c = e.getValue();
      v[e.getKey().ordinal()] = c <= 0 ? 0f : e.getKey().weight() * c / (c + 1);
    }
    return v;
  }

  /** Counts what a token scan can see, for code JavaParser rejects. */
  static Map<Feature, Integer> lexical(String code) {
    String text = CodeCleaner.stripComments(code);
    Map<Feature, Integer> m = new EnumMap<>(Feature.class);
    int loops = count(text, "\\b(for|while)\\s*\\(") + count(text, "\\bdo\\s*\\{");
    put(m, Feature.LOOPS, loops);
    put(m, Feature.LOOP_NESTING, Math.min(loops, 3));
    boolean inLoop = loops > 0;
    put(m, Feature.STRING_BUILDER, count(text, "\\bStringBuilder\\b"));
    if (inLoop) {
      put(m, Feature.STRING_CONCAT_IN_LOOP, count(text, "\\w\\s*\\+=\\s*(\"|\\w)") > 0 && text.contains("String") ? 1 : 0);
      put(m, Feature.LINEAR_SEARCH_IN_LOOP, count(text, "\\.(contains|indexOf)\\("));
      put(m, Feature.REGEX_IN_LOOP, count(text, "\\.(matches|replaceAll|split)\\(|Pattern\\.compile"));
      put(m, Feature.FORMATTER_IN_LOOP, count(text, "new (SimpleDateFormat|DecimalFormat)|String\\.format|ofPattern"));
      put(m, Feature.INDEXED_GET_IN_LOOP, count(text, "\\.get\\(\\s*\\w+\\s*\\)"));
      put(m, Feature.SORT_OR_COPY_IN_LOOP, count(text, "\\.sort\\(|Arrays\\.copyOf|new ArrayList<>\\(\\w"));
      put(m, Feature.TRY_IN_LOOP, count(text, "\\btry\\s*\\{"));
      put(m, Feature.ALLOCATIONS_IN_LOOP, count(text, "\\bnew\\s+\\w"));
      put(m, Feature.CALLS_IN_LOOP, count(text, "\\.\\w+\\("));
    }
    put(m, Feature.REGEX_CALL, count(text, "\\.(matches|replaceAll|replaceFirst|split)\\("));
    put(m, Feature.PATTERN_COMPILE_LOCAL, count(text, "Pattern\\.compile"));
    put(m, Feature.FORMATTER_CREATED, count(text, "new (SimpleDateFormat|DecimalFormat|MessageFormat)|ofPattern\\("));
    put(m, Feature.BOXED_TYPE, count(text, "\\b(Integer|Long|Double)\\b"));
    put(m, Feature.LINKED_LIST, count(text, "\\bLinkedList\\b"));
    put(m, Feature.SYNCHRONIZED_LEGACY, count(text, "\\b(Vector|Hashtable|StringBuffer)\\b|synchronized"));
    put(m, Feature.CATCH_CLAUSES, count(text, "\\bcatch\\s*\\("));
    put(m, Feature.STREAM_OPS, count(text, "\\.stream\\(\\)|\\.collect\\(|\\.map\\("));
    put(m, Feature.STREAM_BOXING, count(text, "\\.boxed\\(|\\.reduce\\(|summingInt"));
    put(m, Feature.UNBUFFERED_IO, count(text, "new (FileInputStream|FileReader|FileWriter|FileOutputStream)"));
    put(m, Feature.BUFFERED_IO, count(text, "new Buffered"));
    put(m, Feature.CONTAINS_KEY_THEN_GET, count(text, "containsKey\\(") > 0 && count(text, "\\.get\\(") > 0 ? 1 : 0);
    put(m, Feature.REFLECTION, count(text, "\\.(getMethod|getDeclaredMethod|invoke|getDeclaredField)\\(|Class\\.forName"));
    put(m, Feature.LIST_TYPE, count(text, "\\b(List|ArrayList)\\b"));
    put(m, Feature.HASH_COLLECTION, count(text, "\\b(HashSet|HashMap|Set|Map)\\b"));
    return m;
  }

  private static int count(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }

  private static void put(Map<Feature, Integer> m, Feature f, int n) {
    if (n > 0) {
      m.merge(f, n, Integer::sum);
    }
  }

  /** One pass over the AST; types of names come from declarations inside the snippet. */
  private static final class Extractor {
    private final Node root;
    private final Map<Feature, Integer> m = new EnumMap<>(Feature.class);
    private final Map<String, String> declaredTypes = new HashMap<>();

    Extractor(Node root) {
      this.root = root;
    }

    Map<Feature, Integer> run() {
      collectDeclarations();
      root.walk(this::visit);
      nestedLoopEquality();
      containsKeyThenGet();
      recursion();
      return m;
    }

    private void collectDeclarations() {
      for (VariableDeclarator v : root.findAll(VariableDeclarator.class)) {
        declaredTypes.put(v.getNameAsString(), simpleName(v.getType()));
        typeFeatures(v.getType());
      }
      for (Parameter p : root.findAll(Parameter.class)) {
        declaredTypes.put(p.getNameAsString(), simpleName(p.getType()));
        typeFeatures(p.getType());
      }
      for (MethodDeclaration md : root.findAll(MethodDeclaration.class)) {
        typeFeatures(md.getType());
      }
    }

    private void typeFeatures(Type t) {
      for (ClassOrInterfaceType ct : t.findAll(ClassOrInterfaceType.class)) {
        String n = ct.getNameAsString();
        if (LIST_TYPES.contains(n)) {
          put(m, Feature.LIST_TYPE, 1);
        }
        if (HASH_TYPES.contains(n)) {
          put(m, Feature.HASH_COLLECTION, 1);
        }
        if (BOXED.contains(n)) {
          put(m, Feature.BOXED_TYPE, 1);
        }
        if (n.equals("LinkedList")) {
          put(m, Feature.LINKED_LIST, 1);
        }
        if (LEGACY_SYNC.contains(n)) {
          put(m, Feature.SYNCHRONIZED_LEGACY, 1);
        }
      }
    }

    private static String simpleName(Type t) {
      if (t instanceof ClassOrInterfaceType ct) {
        return ct.getNameAsString();
      }
      return t.asString();
    }

    private String typeOfScope(MethodCallExpr call) {
      return call.getScope()
          .filter(Expression::isNameExpr)
          .map(s -> declaredTypes.getOrDefault(s.asNameExpr().getNameAsString(), ""))
          .orElse("");
    }

    private void visit(Node n) {
      int depth = Loops.depth(n);
      boolean inLoop = depth > 0;
      if (Loops.isLoop(n)) {
        put(m, Feature.LOOPS, 1);
        int nesting = depth + 1;
        int current = m.getOrDefault(Feature.LOOP_NESTING, 0);
        if (nesting > current) {
          m.put(Feature.LOOP_NESTING, nesting);
        }
      } else if (n instanceof MethodCallExpr call) {
        visitCall(call, inLoop);
      } else if (n instanceof ObjectCreationExpr oc) {
        visitCreation(oc, inLoop);
      } else if (n instanceof AssignExpr a) {
        visitAssign(a, inLoop);
      } else if (n instanceof UnaryExpr u && inLoop && u.getExpression().isNameExpr()) {
        String t = declaredTypes.getOrDefault(u.getExpression().asNameExpr().getNameAsString(), "");
        if (BOXED.contains(t)) {
          put(m, Feature.BOXED_ACCUMULATION, 1);
        }
      } else if (n instanceof TryStmt t) {
        if (inLoop) {
          put(m, Feature.TRY_IN_LOOP, 1);
        }
        boolean parses = t.getTryBlock().findAll(MethodCallExpr.class).stream()
            .anyMatch(c -> PARSE_METHODS.contains(c.getNameAsString()));
        if (parses && !t.getCatchClauses().isEmpty()) {
          put(m, Feature.PARSE_IN_TRY, 1);
        }
      } else if (n instanceof CatchClause) {
        put(m, Feature.CATCH_CLAUSES, 1);
      } else if (n instanceof ThrowStmt && inLoop) {
        put(m, Feature.THROW_IN_LOOP, 1);
      } else if (n instanceof SynchronizedStmt) {
        put(m, Feature.SYNCHRONIZED_LEGACY, 1);
      } else if (n instanceof MethodDeclaration md && md.isSynchronized()) {
        put(m, Feature.SYNCHRONIZED_LEGACY, 1);
      } else if (n instanceof com.github.javaparser.ast.expr.ArrayAccessExpr && inLoop) {
        put(m, Feature.ARRAY_ACCESS_IN_LOOP, 1);
      } else if (n instanceof MethodReferenceExpr ref) {
        String id = ref.getIdentifier();
        if (BOXED.contains(ref.getScope().toString()) && (id.equals("sum") || id.equals("valueOf") || id.equals("max") || id.equals("min"))) {
          put(m, Feature.STREAM_BOXING, 1);
        }
      } else if (n instanceof LambdaExpr lambda && inStreamPipeline(lambda)) {
        if (lambda.getBody().findFirst(ObjectCreationExpr.class).isPresent()) {
          put(m, Feature.ALLOCATIONS_IN_LOOP, 1);
        }
      }
    }

    private boolean inStreamPipeline(LambdaExpr lambda) {
      return lambda.getParentNode()
          .filter(p -> p instanceof MethodCallExpr)
          .map(p -> STREAM_METHODS.contains(((MethodCallExpr) p).getNameAsString()))
          .orElse(false);
    }

    private void visitCall(MethodCallExpr call, boolean inLoop) {
      String name = call.getNameAsString();
      String scope = call.getScope().map(Object::toString).orElse("");
      String scopeType = typeOfScope(call);
      if (inLoop) {
        put(m, Feature.CALLS_IN_LOOP, 1);
        boolean hashScope = HASH_TYPES.contains(scopeType);
        if (LINEAR_SEARCH.contains(name) && !hashScope && !scopeType.equals("String")
            && !scopeType.equals("StringBuilder")) {
          put(m, Feature.LINEAR_SEARCH_IN_LOOP, 1);
        }
        if (name.equals("get") && call.getArguments().size() == 1 && !hashScope
            && (LIST_TYPES.contains(scopeType) || scopeType.isEmpty())
            && call.getArgument(0).isNameExpr()) {
          put(m, Feature.INDEXED_GET_IN_LOOP, 1);
        }
        if (name.equals("get") && hashScope) {
          put(m, Feature.MAP_GET_IN_LOOP, 1);
        }
        if (SORT_COPY.contains(name) && !name.equals("addAll") || (name.equals("addAll") && scope.startsWith("new "))) {
          put(m, Feature.SORT_OR_COPY_IN_LOOP, 1);
        }
        if (REGEX_METHODS.contains(name) || (scope.equals("Pattern") && (name.equals("compile") || name.equals("matches")))) {
          put(m, Feature.REGEX_IN_LOOP, 1);
        }
        if ((scope.equals("String") && name.equals("format")) || name.equals("ofPattern")
            || (name.equals("getInstance") && scope.endsWith("Format"))) {
          put(m, Feature.FORMATTER_IN_LOOP, 1);
        }
        if (REFLECTION_METHODS.contains(name)) {
          put(m, Feature.REFLECTION_IN_LOOP, 1);
        }
        if (STRING_METHODS.contains(name) && (scopeType.equals("String") || scope.equals("String"))) {
          put(m, Feature.STRING_METHOD_IN_LOOP, 1);
        }
        if (scope.equals("Math")) {
          put(m, Feature.MATH_IN_LOOP, 1);
        }
        if ((name.equals("read") || name.equals("write")) && call.getArguments().size() <= 1) {
          put(m, Feature.SINGLE_ELEMENT_IO_IN_LOOP, 1);
        }
        if (BOXING_FACTORIES.contains(name) && BOXED.contains(scope)) {
          put(m, Feature.BOXED_ACCUMULATION, 1);
        }
        if (isInvariant(call)) {
          put(m, Feature.INVARIANT_CALL_IN_LOOP, 1);
        }
      }
      if (REGEX_METHODS.contains(name) && !scopeType.equals("Pattern")) {
        put(m, Feature.REGEX_CALL, 1);
      }
      if (scope.equals("Pattern") && name.equals("compile") && !isStaticFieldInitializer(call)) {
        put(m, Feature.PATTERN_COMPILE_LOCAL, 1);
      }
      if (scope.equals("Pattern") && name.equals("matches")) {
        put(m, Feature.REGEX_CALL, 1);
      }
      if ((scope.equals("String") && name.equals("format"))
          || (FORMATTER_FACTORIES.contains(name) && (scope.endsWith("Formatter") || scope.endsWith("Format")))) {
        if (!isStaticFieldInitializer(call)) {
          put(m, Feature.FORMATTER_CREATED, 1);
        }
      }
      if (STREAM_METHODS.contains(name) && (name.equals("stream") || call.getScope().filter(Expression::isMethodCallExpr).isPresent())) {
        put(m, Feature.STREAM_OPS, 1);
      }
      if (STREAM_BOXING_METHODS.contains(name) && (call.getScope().filter(Expression::isMethodCallExpr).isPresent() || scope.equals("Collectors"))) {
        put(m, Feature.STREAM_BOXING, 1);
      }
      if (REFLECTION_METHODS.contains(name)) {
        put(m, Feature.REFLECTION, 1);
      }
      if (name.equals("synchronizedList") || name.equals("synchronizedMap") || name.equals("synchronizedSet")) {
        put(m, Feature.SYNCHRONIZED_LEGACY, 1);
      }
      if (name.equals("newInputStream") || name.equals("newOutputStream")) {
        put(m, Feature.UNBUFFERED_IO, 1);
      }
      if (name.equals("newBufferedReader") || name.equals("newBufferedWriter")) {
        put(m, Feature.BUFFERED_IO, 1);
      }
    }

    private static boolean isStaticFieldInitializer(Node n) {
      Node cur = n.getParentNode().orElse(null);
      while (cur != null) {
        if (cur instanceof com.github.javaparser.ast.body.FieldDeclaration f) {
          return f.isStatic() || f.isFinal();
        }
        if (cur instanceof MethodDeclaration || cur instanceof LambdaExpr) {
          return false;
        }
        cur = cur.getParentNode().orElse(null);
      }
      return false;
    }

    /** A call in a loop whose receiver and arguments are names the loop never declares or writes. */
    private boolean isInvariant(MethodCallExpr call) {
      Optional<Node> loop = Loops.enclosing(call);
      if (loop.isEmpty() || call.getArguments().isEmpty()
          || call.findFirst(MethodCallExpr.class, c -> c != call).isPresent()) {
        return false;
      }
      List<NameExpr> names = call.findAll(NameExpr.class);
      if (names.isEmpty() || !names.stream().allMatch(ne -> Loops.isInvariant(ne.getNameAsString(), loop.get()))) {
        return false;
      }
      String name = call.getNameAsString();
      // Cheap accessors are not worth hoisting and would drown the signal.
      return !(name.equals("size") || name.equals("length") || name.equals("get") || name.equals("add")
          || name.equals("put") || name.equals("append") || name.equals("println"));
    }

    private void visitCreation(ObjectCreationExpr oc, boolean inLoop) {
      String type = oc.getType().getNameAsString();
      if (inLoop) {
        put(m, Feature.ALLOCATIONS_IN_LOOP, 1);
        if (FORMATTERS.contains(type)) {
          put(m, Feature.FORMATTER_IN_LOOP, 1);
        }
        if (LIST_TYPES.contains(type) || HASH_TYPES.contains(type)) {
          if (!oc.getArguments().isEmpty()) {
            put(m, Feature.SORT_OR_COPY_IN_LOOP, 1);
          }
        }
        if (type.equals("String") || BOXED.contains(type)) {
          put(m, Feature.BOXED_ACCUMULATION, BOXED.contains(type) ? 1 : 0);
        }
      }
      if (FORMATTERS.contains(type) && !isStaticFieldInitializer(oc)) {
        put(m, Feature.FORMATTER_CREATED, 1);
      }
      if (UNBUFFERED.contains(type) && !wrappedInBuffer(oc)) {
        put(m, Feature.UNBUFFERED_IO, 1);
      }
      if (BUFFERED.contains(type)) {
        put(m, Feature.BUFFERED_IO, 1);
      }
      if (type.equals("StringBuilder") || type.equals("StringJoiner")) {
        put(m, Feature.STRING_BUILDER, 1);
      }
      if (LEGACY_SYNC.contains(type)) {
        put(m, Feature.SYNCHRONIZED_LEGACY, 1);
      }
      if (type.equals("LinkedList")) {
        put(m, Feature.LINKED_LIST, 1);
      }
      if (LIST_TYPES.contains(type)) {
        put(m, Feature.LIST_TYPE, 1);
      }
      if (HASH_TYPES.contains(type)) {
        put(m, Feature.HASH_COLLECTION, 1);
      }
    }

    private static boolean wrappedInBuffer(ObjectCreationExpr oc) {
      return oc.getParentNode()
          .filter(p -> p instanceof ObjectCreationExpr)
          .map(p -> BUFFERED.contains(((ObjectCreationExpr) p).getType().getNameAsString()))
          .orElse(false);
    }

    private void visitAssign(AssignExpr a, boolean inLoop) {
      if (!inLoop) {
        return;
      }
      String target = a.getTarget().isNameExpr() ? a.getTarget().asNameExpr().getNameAsString() : a.getTarget().toString();
      String type = declaredTypes.getOrDefault(target, "");
      boolean stringish = type.equals("String")
          || a.getValue().findFirst(StringLiteralExpr.class).isPresent();
      if (a.getOperator() == AssignExpr.Operator.PLUS && stringish && !isNumeric(type)) {
        put(m, Feature.STRING_CONCAT_IN_LOOP, 1);
      }
      if (a.getOperator() == AssignExpr.Operator.ASSIGN && a.getValue() instanceof BinaryExpr b
          && b.getOperator() == BinaryExpr.Operator.PLUS && type.equals("String")
          && b.findAll(NameExpr.class).stream().anyMatch(ne -> ne.getNameAsString().equals(target))) {
        put(m, Feature.STRING_CONCAT_IN_LOOP, 1);
      }
      if (BOXED.contains(type) && (a.getOperator() != AssignExpr.Operator.ASSIGN
          || a.getValue() instanceof BinaryExpr || a.getValue() instanceof ConditionalExpr)) {
        put(m, Feature.BOXED_ACCUMULATION, 1);
      }
    }

    private static boolean isNumeric(String type) {
      return switch (type.toLowerCase(Locale.ROOT)) {
        case "int", "long", "double", "float", "short", "byte", "char", "integer", "character" -> true;
        default -> false;
      };
    }

    /** A loop inside a loop whose inner body compares with equals / == : the classic join. */
    private void nestedLoopEquality() {
      for (Node loop : root.findAll(Node.class, Loops::isLoop)) {
        if (Loops.depth(loop) == 0) {
          continue;
        }
        boolean eq = loop.findAll(MethodCallExpr.class).stream().anyMatch(c -> c.getNameAsString().equals("equals"))
            || loop.findAll(BinaryExpr.class).stream().anyMatch(b -> b.getOperator() == BinaryExpr.Operator.EQUALS);
        if (eq) {
          put(m, Feature.NESTED_LOOP_EQUALITY, 1);
        }
      }
    }

    /** {@code map.containsKey(k)} followed by {@code map.get(k)} on the same map and key. */
    private void containsKeyThenGet() {
      List<MethodCallExpr> calls = root.findAll(MethodCallExpr.class);
      Set<String> checked = new HashSet<>();
      for (MethodCallExpr c : calls) {
        if (c.getNameAsString().equals("containsKey") && c.getArguments().size() == 1) {
          checked.add(c.getScope().map(Object::toString).orElse("") + "#" + c.getArgument(0));
        }
      }
      for (MethodCallExpr c : calls) {
        if (c.getNameAsString().equals("get") && c.getArguments().size() == 1
            && checked.contains(c.getScope().map(Object::toString).orElse("") + "#" + c.getArgument(0))) {
          put(m, Feature.CONTAINS_KEY_THEN_GET, 1);
        }
      }
    }

    /** Self-calls: several per body (fib-like) is what memoization removes. */
    private void recursion() {
      for (MethodDeclaration md : root.findAll(MethodDeclaration.class)) {
        String name = md.getNameAsString();
        int arity = md.getParameters().size();
        long self = md.findAll(MethodCallExpr.class).stream()
            .filter(c -> c.getNameAsString().equals(name) && c.getArguments().size() == arity
                && (c.getScope().isEmpty() || c.getScope().get().isThisExpr()))
            .count();
        if (self > 0) {
          put(m, Feature.RECURSION, 1);
        }
        if (self > 1) {
          put(m, Feature.MULTIPLE_RECURSION, (int) self - 1);
        }
      }
    }
  }
}
