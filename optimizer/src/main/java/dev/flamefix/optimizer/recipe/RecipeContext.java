package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.SimpleName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** What a recipe may change besides the method: its class's members and the file's imports. */
public final class RecipeContext {
  private final CompilationUnit unit;
  private final TypeDeclaration<?> type;
  private final Set<String> reserved = new HashSet<>();
  private final List<String> addedMembers = new ArrayList<>();
  private final List<BodyDeclaration<?>> insertedNodes = new ArrayList<>();
  private final Map<String, String> shared = new HashMap<>();
  private String refusal;

  RecipeContext(CompilationUnit unit, TypeDeclaration<?> type) {
    this.unit = unit;
    this.type = type;
    unit.findAll(SimpleName.class).forEach(n -> reserved.add(n.getIdentifier()));
  }

  public CompilationUnit unit() {
    return unit;
  }

  public TypeDeclaration<?> type() {
    return type;
  }

  /** A name not used anywhere in the file, derived from {@code base}. */
  public String freshName(String base) {
    String name = base;
    for (int i = 2; reserved.contains(name); i++) name = base + i;
    reserved.add(name);
    return name;
  }

  /** Imports {@code qualifiedName} unless it is already visible (java.lang, same import, wildcard). */
  public void importType(String qualifiedName) {
    String pkg = qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
    if (pkg.equals("java.lang")) return;
    boolean present =
        unit.getImports().stream()
            .anyMatch(i -> !i.isStatic() && (i.isAsterisk() ? i.getNameAsString().equals(pkg) : i.getNameAsString().equals(qualifiedName)));
    if (!present) unit.addImport(qualifiedName);
  }

  /** Adds {@code private static final <type> <name> = <init>;} after the existing fields. */
  public FieldDeclaration addConstant(String fieldType, String name, String initializer) {
    FieldDeclaration f =
        new FieldDeclaration(
            new com.github.javaparser.ast.NodeList<>(
                Modifier.privateModifier(), Modifier.staticModifier(), Modifier.finalModifier()),
            new VariableDeclarator(StaticJavaParser.parseType(fieldType), name, StaticJavaParser.parseExpression(initializer)));
    int idx = -1;
    for (int i = 0; i < type.getMembers().size(); i++) {
      if (type.getMember(i) instanceof FieldDeclaration) idx = i;
    }
    type.getMembers().add(idx + 1, f);
    addedMembers.add(name);
    insertedNodes.add(f);
    return f;
  }

  /** Adds a field (already named with {@link #freshName}) after the existing fields. */
  public void addField(FieldDeclaration f) {
    int idx = -1;
    for (int i = 0; i < type.getMembers().size(); i++) {
      if (type.getMember(i) instanceof FieldDeclaration) idx = i;
    }
    type.getMembers().add(idx + 1, f);
    f.getVariables().forEach(v -> addedMembers.add(v.getNameAsString()));
    insertedNodes.add(f);
  }

  /** Appends a static member class (already named with {@link #freshName}), e.g. a lazy holder. */
  public void addNestedType(ClassOrInterfaceDeclaration c) {
    type.addMember(c);
    addedMembers.add(c.getNameAsString());
    insertedNodes.add(c);
  }

  /**
   * The name {@code create} made the first time this rewrite asked for {@code key}: one helper per
   * thing it serves (one name set per enum), however many call sites need it.
   */
  public String shared(String key, Supplier<String> create) {
    String name = shared.get(key);
    if (name == null) {
      name = create.get();
      shared.put(key, name);
    }
    return name;
  }

  /** Appends a helper method (already named with {@link #freshName}). */
  public void addMethod(MethodDeclaration m) {
    type.addMember(m);
    addedMembers.add(m.getSignature().asString());
    insertedNodes.add(m);
  }

  /**
   * Records why the running recipe does not fire, for the user who wonders why a method that looks
   * like its anti-pattern got no candidate. Call it where the recipe has found its shape and a
   * precondition fails, not where the shape is simply absent (that would be noise on every
   * method). The first reason given stands.
   *
   * @param why the failed precondition in the user's terms, naming the variable or call
   * @return empty, so a recipe can {@code return ctx.refuse("...")}
   */
  public Optional<String> refuse(String why) {
    if (refusal == null) refusal = why;
    return Optional.empty();
  }

  /** The reason given with {@link #refuse}, or null; cleared for the next recipe of a chain. */
  String takeRefusal() {
    String why = refusal;
    refusal = null;
    return why;
  }

  /** The member nodes added so far, for re-indenting them after printing. */
  List<BodyDeclaration<?>> insertedNodes() {
    return insertedNodes;
  }

  /** Members added so far. */
  public List<String> addedMembers() {
    return List.copyOf(addedMembers);
  }

  /** Finds an existing private static final field whose initializer prints as {@code init}. */
  public String existingConstant(String init) {
    for (BodyDeclaration<?> m : type.getMembers()) {
      if (m instanceof FieldDeclaration f && f.isStatic() && f.isFinal()) {
        for (VariableDeclarator v : f.getVariables()) {
          if (v.getInitializer().map(Node::toString).orElse("").equals(init)) return v.getNameAsString();
        }
      }
    }
    return null;
  }
}
