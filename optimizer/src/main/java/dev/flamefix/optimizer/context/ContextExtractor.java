package dev.flamefix.optimizer.context;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.flamefix.optimizer.OptimizerException;
import dev.flamefix.optimizer.target.JavaSources;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Context extraction, FasterPy's Algorithm 1 for Java: keep the target methods, the methods of the
 * file they call (transitively, by name: every overload with that name is kept, since without full
 * type resolution the call could mean any of them), the fields and constants they read (and what
 * those fields' initialisers need), constructors when the code instantiates the class, the nested
 * and sibling types they mention, static initialisers that touch kept fields, and the imports the
 * remaining code still names; drop everything else; format with google-java-format.
 *
 * <p>Name matching errs towards keeping: a local variable that shadows a field hides it only in the
 * method that declares it; a kept-but-unneeded member costs tokens, a dropped needed one misleads
 * the model.
 */
public final class ContextExtractor {
  private final CodeFormatter formatter;

  public ContextExtractor() {
    this(new CodeFormatter());
  }

  public ContextExtractor(CodeFormatter formatter) {
    this.formatter = formatter;
  }

  /**
   * Extracts the context of {@code targets}, which must be method declarations of a unit parsed
   * from exactly {@code source} (they are matched by their position).
   */
  public CleanedContext extract(String source, List<MethodDeclaration> targets) {
    if (targets.isEmpty()) {
      // Algorithm 1, line 1: nothing to focus on means the whole file is the context.
      String code = formatter.format(source);
      return new CleanedContext(code, List.of(), Tokens.count(source), Tokens.count(code), !formatter.lastFormatFellBack());
    }
    CompilationUnit cu = JavaSources.parse(source, "target source");
    Set<Node> keep = Collections.newSetFromMap(new IdentityHashMap<>());
    List<String> keptNames = new ArrayList<>();
    Deque<Node> work = new ArrayDeque<>();
    for (MethodDeclaration t : targets) {
      Range r = t.getRange().orElseThrow(() -> new OptimizerException("target has no source position"));
      MethodDeclaration copy =
          cu.findAll(MethodDeclaration.class).stream()
              .filter(m -> m.getRange().map(r::equals).orElse(false))
              .findFirst()
              .orElseThrow(() -> new OptimizerException("target " + t.getNameAsString() + " not found in source"));
      if (keep.add(copy)) {
        keptNames.add(copy.getSignature().asString());
        work.add(copy);
      }
    }
    boolean changed = true;
    while (changed) {
      drain(cu, work, keep, keptNames);
      changed = keepInitializers(cu, keep, work);
    }
    prune(cu, keep);
    pruneImports(cu);
    String printed = cu.toString();
    String code = formatter.format(printed);
    return new CleanedContext(code, keptNames, Tokens.count(source), Tokens.count(code), !formatter.lastFormatFellBack());
  }

  private void drain(CompilationUnit cu, Deque<Node> work, Set<Node> keep, List<String> keptNames) {
    List<TypeDeclaration<?>> allTypes = new ArrayList<>();
    cu.findAll(TypeDeclaration.class).forEach(t -> allTypes.add(t));
    while (!work.isEmpty()) {
      Node node = work.poll();
      List<TypeDeclaration<?>> enclosing = enclosingTypes(node);
      Set<String> locals = localNames(node);

      for (MethodCallExpr call : node.findAll(MethodCallExpr.class)) {
        Optional<String> scopeType = selfOrTypeScope(call.getScope().orElse(null), allTypes);
        if (call.getScope().isPresent() && scopeType.isEmpty()) continue;
        for (TypeDeclaration<?> t : candidates(enclosing, allTypes, scopeType)) {
          for (MethodDeclaration m : t.getMethodsByName(call.getNameAsString())) {
            if (keep.add(m)) {
              keptNames.add(m.getSignature().asString());
              work.add(m);
            }
          }
        }
      }
      for (MethodReferenceExpr ref : node.findAll(MethodReferenceExpr.class)) {
        Optional<String> scopeType = selfOrTypeScope(ref.getScope(), allTypes);
        if (scopeType.isEmpty()) continue;
        for (TypeDeclaration<?> t : candidates(enclosing, allTypes, scopeType)) {
          for (MethodDeclaration m : t.getMethodsByName(ref.getIdentifier())) {
            if (keep.add(m)) {
              keptNames.add(m.getSignature().asString());
              work.add(m);
            }
          }
        }
      }
      for (NameExpr name : node.findAll(NameExpr.class)) {
        String id = name.getNameAsString();
        if (!locals.contains(id)) keepField(id, enclosing, keep, keptNames, work);
        keepType(id, allTypes, keep, keptNames, work);
      }
      for (FieldAccessExpr fa : node.findAll(FieldAccessExpr.class)) {
        Optional<String> scopeType = selfOrTypeScope(fa.getScope(), allTypes);
        if (scopeType.isEmpty()) continue;
        for (TypeDeclaration<?> t : candidates(enclosing, allTypes, scopeType)) {
          keepField(fa.getNameAsString(), List.of(t), keep, keptNames, work);
        }
      }
      for (ClassOrInterfaceType type : node.findAll(ClassOrInterfaceType.class)) {
        keepType(type.getNameAsString(), allTypes, keep, keptNames, work);
      }
      for (ObjectCreationExpr created : node.findAll(ObjectCreationExpr.class)) {
        String typeName = created.getType().getNameAsString();
        for (TypeDeclaration<?> t : allTypes) {
          if (t.getNameAsString().equals(typeName) && !keep.contains(t)) {
            for (ConstructorDeclaration c : t.getConstructors()) {
              if (keep.add(c)) {
                keptNames.add(t.getNameAsString() + "." + c.getSignature().asString());
                work.add(c);
              }
            }
          }
        }
      }
    }
  }

  /** Types whose members an unqualified or self/type-qualified reference may mean. */
  private static List<TypeDeclaration<?>> candidates(
      List<TypeDeclaration<?>> enclosing, List<TypeDeclaration<?>> all, Optional<String> scopeType) {
    if (scopeType.isEmpty() || scopeType.get().isEmpty()) return enclosing;
    return all.stream().filter(t -> t.getNameAsString().equals(scopeType.get())).toList();
  }

  /**
   * For {@code this}/absent scope: "" (enclosing types); for {@code Type} or {@code Type.this}
   * naming a type of this file: that type's name; otherwise empty (a call on another object).
   */
  private static Optional<String> selfOrTypeScope(Node scope, List<TypeDeclaration<?>> all) {
    if (scope == null) return Optional.of("");
    if (scope instanceof ThisExpr t) {
      return Optional.of(t.getTypeName().map(Name::getIdentifier).orElse(""));
    }
    if (scope instanceof NameExpr n) {
      String id = n.getNameAsString();
      if (all.stream().anyMatch(t -> t.getNameAsString().equals(id))) return Optional.of(id);
    }
    if (scope instanceof com.github.javaparser.ast.expr.TypeExpr te) {
      String id = te.getType().asString();
      if (all.stream().anyMatch(t -> t.getNameAsString().equals(id))) return Optional.of(id);
    }
    return Optional.empty();
  }

  private static void keepField(
      String id, List<TypeDeclaration<?>> types, Set<Node> keep, List<String> keptNames, Deque<Node> work) {
    for (TypeDeclaration<?> t : types) {
      for (FieldDeclaration f : t.getFields()) {
        for (VariableDeclarator v : f.getVariables()) {
          if (v.getNameAsString().equals(id) && keep.add(f)) {
            keptNames.add(v.getNameAsString());
            work.add(f);
          }
        }
      }
    }
  }

  private static void keepType(
      String id, List<TypeDeclaration<?>> all, Set<Node> keep, List<String> keptNames, Deque<Node> work) {
    for (TypeDeclaration<?> t : all) {
      if (t.getNameAsString().equals(id) && !isAncestorOfKept(t, keep) && keep.add(t)) {
        keptNames.add("type " + id);
        work.add(t);
      }
    }
  }

  /** A type that already contains kept members is a container; keeping it whole would undo pruning. */
  private static boolean isAncestorOfKept(TypeDeclaration<?> t, Set<Node> keep) {
    for (Node k : keep) {
      Optional<Node> p = k.getParentNode();
      while (p.isPresent()) {
        if (p.get() == t) return true;
        p = p.get().getParentNode();
      }
    }
    return false;
  }

  private static boolean keepInitializers(CompilationUnit cu, Set<Node> keep, Deque<Node> work) {
    Set<String> keptFields = new HashSet<>();
    for (Node n : keep) {
      if (n instanceof FieldDeclaration f) f.getVariables().forEach(v -> keptFields.add(v.getNameAsString()));
    }
    boolean added = false;
    for (InitializerDeclaration init : cu.findAll(InitializerDeclaration.class)) {
      if (keep.contains(init)) continue;
      boolean touches = init.findAll(NameExpr.class).stream().anyMatch(n -> keptFields.contains(n.getNameAsString()));
      if (touches) {
        keep.add(init);
        work.add(init);
        added = true;
      }
    }
    return added;
  }

  private static List<TypeDeclaration<?>> enclosingTypes(Node node) {
    List<TypeDeclaration<?>> out = new ArrayList<>();
    Optional<Node> p = Optional.of(node);
    while (p.isPresent()) {
      if (p.get() instanceof TypeDeclaration<?> t) out.add(t);
      p = p.get().getParentNode();
    }
    return out;
  }

  private static Set<String> localNames(Node node) {
    Set<String> names = new HashSet<>();
    if (node instanceof CallableDeclaration<?> || node instanceof InitializerDeclaration) {
      node.findAll(Parameter.class).forEach(p -> names.add(p.getNameAsString()));
      node.findAll(VariableDeclarator.class).forEach(v -> names.add(v.getNameAsString()));
    }
    return names;
  }

  /** Removes every member that is neither kept nor contains something kept. */
  private static void prune(CompilationUnit cu, Set<Node> keep) {
    for (TypeDeclaration<?> top : new ArrayList<>(cu.getTypes())) {
      if (keep.contains(top)) continue;
      if (!containsKept(top, keep)) {
        top.remove();
        continue;
      }
      pruneType(top, keep);
    }
  }

  private static void pruneType(TypeDeclaration<?> type, Set<Node> keep) {
    for (BodyDeclaration<?> member : new ArrayList<>(type.getMembers())) {
      if (keep.contains(member)) continue;
      if (member instanceof TypeDeclaration<?> nested && containsKept(nested, keep)) {
        pruneType(nested, keep);
      } else {
        member.remove();
      }
    }
  }

  private static boolean containsKept(Node node, Set<Node> keep) {
    for (Node k : keep) {
      Optional<Node> p = Optional.of(k);
      while (p.isPresent()) {
        if (p.get() == node) return true;
        p = p.get().getParentNode();
      }
    }
    return false;
  }

  private static void pruneImports(CompilationUnit cu) {
    Set<String> used = new HashSet<>();
    for (TypeDeclaration<?> t : cu.getTypes()) {
      t.findAll(SimpleName.class).forEach(n -> used.add(n.getIdentifier()));
      t.findAll(Name.class).forEach(n -> used.add(n.getIdentifier()));
    }
    for (ImportDeclaration imp : new ArrayList<>(cu.getImports())) {
      if (imp.isAsterisk()) continue;
      if (!used.contains(imp.getName().getIdentifier())) imp.remove();
    }
  }
}
