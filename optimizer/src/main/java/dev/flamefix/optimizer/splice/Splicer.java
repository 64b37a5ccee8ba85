package dev.flamefix.optimizer.splice;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splices a model's code into the original compilation unit, accepting what models write as long
 * as it leaves the class's contract alone and every change can be validated.
 *
 * <p>Accepted: new bodies for the target methods (same signature and modifiers); new bodies of any
 * other method of the class whose declaration (signature, modifiers, annotations, throws) is
 * unchanged, public ones included, and changes to the declaration of private methods (and of
 * package-private ones when a source root is given and no other file of the package mentions
 * them); new private or package-private static methods; new {@code private static final} fields;
 * a new static initializer block (in a class without one); new private nested types (classes,
 * records, enums, interfaces); changes to private fields whose every reader is a target or a
 * changed helper; new imports. Tolerated: unchanged copies of anything else. Each changed
 * non-target method is reported as a {@linkplain SpliceResult#comparedHelpers() selector} so the
 * validator compares it on its own next to the targets, reached by them or not; new members have
 * no original to compare with and are covered by the coverage gate's changed lines.
 *
 * <p>Refused, naming the member: what changes the class's contract (the signature of a target,
 * the declaration of public or protected methods, package-private members other files use,
 * public, protected and used package-private fields, new public members, constructors, existing
 * nested types, an existing static initializer, instance initializers), changed private fields
 * that code which is not compared also reads, and answers that change nothing or do not parse.
 * Everything not touched keeps its original formatting.
 */
public final class Splicer {
  private static final Pattern LEADING_IMPORTS = Pattern.compile("\\A(\\s*(?:package\\s+[\\w.]+\\s*;)?\\s*(?:import\\s+(?:static\\s+)?[\\w.]+(?:\\.\\*)?\\s*;\\s*)*)");

  private final JavaParser parser =
      new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

  /**
   * Splices without a source root: package-private members count as contract.
   *
   * @param originalSource the file as it is
   * @param targets target methods, from a unit parsed from exactly {@code originalSource}
   * @param blocks code blocks of the answer, in order
   */
  public SpliceResult splice(String originalSource, List<MethodDeclaration> targets, List<String> blocks) {
    return splice(originalSource, targets, blocks, null);
  }

  /**
   * @param originalSource the file as it is
   * @param targets target methods, from a unit parsed from exactly {@code originalSource}
   * @param blocks code blocks of the answer, in order
   * @param sourceRoot the source root the file lies under, read to see whether other files of its
   *     package use a package-private member; {@code null} treats package-private as contract
   */
  public SpliceResult splice(String originalSource, List<MethodDeclaration> targets, List<String> blocks, Path sourceRoot) {
    if (targets.isEmpty()) throw new IllegalArgumentException("no targets");
    CompilationUnit cu = parse(originalSource).orElseThrow(() -> new SpliceRejectedException("original source does not parse"));
    LexicalPreservingPrinter.setup(cu);
    List<MethodDeclaration> targetCopies = new ArrayList<>();
    for (MethodDeclaration t : targets) {
      Range r = t.getRange().orElseThrow();
      targetCopies.add(cu.findAll(MethodDeclaration.class).stream()
          .filter(m -> m.getRange().map(r::equals).orElse(false)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("target " + t.getNameAsString() + " is not in the source")));
    }
    TypeDeclaration<?> targetType = (TypeDeclaration<?>) targetCopies.get(0).getParentNode().orElseThrow();
    MemberPrinter printer = MemberPrinter.of(originalSource, targetCopies.get(0));
    for (MethodDeclaration t : targetCopies) {
      if (t.getParentNode().orElseThrow() != targetType) {
        throw new IllegalArgumentException("all targets of one splice must be in the same class");
      }
    }
    String ownFile = cu.getPrimaryTypeName().orElse(cu.getType(0).getNameAsString()) + ".java";
    Contract contract = new Contract(targetType,
        PackageUsers.of(sourceRoot, cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse(""), ownFile));

    Answer answer = readAnswer(blocks, targetType.getNameAsString(), targetType.isClassOrInterfaceDeclaration()
        && targetType.asClassOrInterfaceDeclaration().isInterface());
    List<String> changed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    Map<MethodDeclaration, MethodDeclaration> replacements = new LinkedHashMap<>();
    Map<MethodDeclaration, MethodDeclaration> helpers = new LinkedHashMap<>();
    Map<FieldDeclaration, FieldDeclaration> fieldChanges = new LinkedHashMap<>();
    List<BodyDeclaration<?>> additions = new ArrayList<>();
    boolean anyTargetPresent = false;

    for (BodyDeclaration<?> member : answer.members) {
      if (member instanceof MethodDeclaration m) {
        String sig = signature(m);
        Optional<MethodDeclaration> original =
            targetType.getMethods().stream().filter(o -> signature(o).equals(sig)).findFirst();
        if (original.isPresent() && targetCopies.contains(original.get())) {
          anyTargetPresent = true;
          MethodDeclaration o = original.get();
          if (!sameSignature(o, m)) {
            throw new SpliceRejectedException("refused: the answer changes the signature of " + contract.describe(o)
                + " (target): it has " + declaration(m) + " instead of " + declaration(o));
          }
          if (m.getBody().isEmpty()) throw new SpliceRejectedException("target method " + sig + " has no body in the answer");
          if (!normalised(o).equals(normalised(m))) {
            replacements.put(o, m);
            changed.add(sig);
          }
        } else if (original.isPresent()) {
          MethodDeclaration o = original.get();
          if (normalised(o).equals(normalised(m))) continue;
          contract.refuseChange(o, !sameSignature(o, m), !o.getAnnotations().equals(m.getAnnotations()));
          if (m.getBody().isEmpty()) throw new SpliceRejectedException("helper method " + sig + " has no body in the answer");
          helpers.put(o, m);
          changed.add(sig);
        } else {
          boolean renamesTarget = targetCopies.stream().anyMatch(t -> t.getNameAsString().equals(m.getNameAsString()))
              && answer.members.stream().noneMatch(x -> x instanceof MethodDeclaration md && targetCopies.stream().anyMatch(t -> signature(t).equals(signature(md))));
          if (renamesTarget) {
            MethodDeclaration t = targetCopies.stream().filter(x -> x.getNameAsString().equals(m.getNameAsString())).findFirst().orElseThrow();
            throw new SpliceRejectedException("refused: the answer changes the signature of " + contract.describe(t)
                + " (target): it declares " + sig + " but no method with the original parameters");
          }
          contract.refuseAddition(m, "method " + sig);
          additions.add(m);
          added.add(sig);
        }
      } else if (member instanceof FieldDeclaration f) {
        boolean allNew = true;
        for (VariableDeclarator v : f.getVariables()) {
          Optional<FieldDeclaration> original = targetType.getFieldByName(v.getNameAsString());
          if (original.isPresent()) {
            allNew = false;
            if (!normalised(original.get()).equals(normalised(f))) {
              contract.refuseFieldChange(original.get(), v.getNameAsString());
              if (original.get().getVariables().size() != 1 || f.getVariables().size() != 1) {
                throw new SpliceRejectedException("the answer changes field " + v.getNameAsString()
                    + " declared together with other fields; declare it on its own to change it");
              }
              fieldChanges.put(original.get(), f);
            }
          } else if (!(f.isPrivate() && f.isStatic() && f.isFinal()) || contract.isInterface()) {
            throw new SpliceRejectedException("refused: the answer adds field " + v.getNameAsString() + " ("
                + declarationOf(f) + "); new fields must be private static final constants, not state or API");
          }
        }
        if (allNew) {
          additions.add(f);
          f.getVariables().forEach(v -> added.add(v.getNameAsString()));
        }
      } else if (member instanceof ConstructorDeclaration c) {
        String sig = c.getSignature().asString();
        Optional<ConstructorDeclaration> original =
            targetType.getConstructors().stream().filter(o -> o.getSignature().asString().equals(sig)).findFirst();
        if (original.isEmpty() || !normalised(original.get()).equals(normalised(c))) {
          throw new SpliceRejectedException("refused: the answer " + (original.isEmpty() ? "adds" : "changes") + " constructor " + sig
              + "; constructors are not spliced");
        }
      } else if (member instanceof TypeDeclaration<?> nested) {
        String name = nested.getNameAsString();
        Optional<BodyDeclaration<?>> original = targetType.getMembers().stream()
            .filter(o -> o instanceof TypeDeclaration<?> td && td.getNameAsString().equals(name)).findFirst();
        if (original.isPresent()) {
          if (!normalised(original.get()).equals(normalised(nested))) {
            throw new SpliceRejectedException("refused: the answer changes nested type " + name
                + "; only new private nested types are spliced");
          }
        } else {
          if (!nested.isPrivate() || contract.isInterface()) {
            throw new SpliceRejectedException("refused: the answer adds nested type " + name
                + " that is not private, which widens the class's contract");
          }
          additions.add(nested);
          added.add(name);
        }
      } else if (member instanceof InitializerDeclaration init) {
        boolean same = targetType.getMembers().stream().anyMatch(o -> o instanceof InitializerDeclaration && normalised(o).equals(normalised(init)));
        if (same) continue;
        boolean hasStatic = targetType.getMembers().stream().anyMatch(o -> o instanceof InitializerDeclaration i && i.isStatic());
        if (!init.isStatic()) {
          throw new SpliceRejectedException("refused: the answer adds or changes an instance initializer block; it runs in"
              + " every constructor, which differential testing does not compare, so instance initializers are not spliced");
        }
        if (hasStatic || contract.isInterface()) {
          throw new SpliceRejectedException("refused: the answer changes the class's static initializer block;"
              + " only a new static initializer is spliced, into a class that has none");
        }
        additions.add(init);
        added.add("static initializer");
      }
    }
    if (!anyTargetPresent) {
      throw new SpliceRejectedException("answer contains no method with the signature of any target ("
          + String.join(", ", targetCopies.stream().map(Splicer::signature).toList()) + ")");
    }
    if (replacements.isEmpty() && additions.isEmpty() && helpers.isEmpty() && fieldChanges.isEmpty()) {
      throw new SpliceRejectedException("answer does not change the target methods");
    }
    checkFieldReaders(targetType, targetCopies, replacements, helpers, fieldChanges, contract);

    List<String> addedImports = mergeImports(cu, answer.imports);
    Map<MethodDeclaration, MethodDeclaration> allMethods = new LinkedHashMap<>(replacements);
    allMethods.putAll(helpers);
    List<String> compared = helpers.keySet().stream().map(h -> Selectors.of(h, targetType)).toList();
    for (Map.Entry<MethodDeclaration, MethodDeclaration> e : allMethods.entrySet()) {
      // Same parameter types were checked above: swapping parameters (names may differ) and body
      // keeps the original Javadoc, annotations and layout around them.
      MethodDeclaration original = e.getKey();
      MethodDeclaration replacement = e.getValue().clone();
      if (!original.getParameters().equals(replacement.getParameters())) original.setParameters(replacement.getParameters());
      if (!sameSignature(original, replacement)) {
        original.setModifiers(replacement.getModifiers());
        original.setType(replacement.getType());
        original.setTypeParameters(replacement.getTypeParameters());
        original.setThrownExceptions(replacement.getThrownExceptions());
      }
      original.setBody(replacement.getBody().orElseThrow());
    }
    List<BodyDeclaration<?>> inserted = new ArrayList<>();
    for (Map.Entry<FieldDeclaration, FieldDeclaration> e : fieldChanges.entrySet()) {
      FieldDeclaration copy = e.getValue().clone();
      e.getKey().replace(copy);
      inserted.add(copy);
    }
    int fieldIndex = lastFieldIndex(targetType);
    for (BodyDeclaration<?> add : additions) {
      BodyDeclaration<?> copy = add.clone();
      if (copy instanceof FieldDeclaration || copy instanceof InitializerDeclaration) {
        // After the fields: a static initializer assigns the new constants declared above it.
        targetType.getMembers().add(++fieldIndex, copy);
      } else {
        targetType.getMembers().add(copy);
      }
      inserted.add(copy);
    }
    String patched;
    try {
      patched = printer.print(cu, inserted);
    } catch (RuntimeException e) {
      patched = cu.toString();
    }
    if (parse(patched).isEmpty()) {
      patched = cu.toString();
      if (parse(patched).isEmpty()) throw new SpliceRejectedException("patched compilation unit does not parse");
    }
    return new SpliceResult(patched, changed, added, addedImports, compared);
  }

  /**
   * A changed private field is safe only if everything that reads it is compared: the targets and
   * the changed helpers (which get their own comparison). Any other reader would change
   * behaviour unseen.
   */
  private static void checkFieldReaders(TypeDeclaration<?> type, List<MethodDeclaration> targets,
      Map<MethodDeclaration, MethodDeclaration> replacements, Map<MethodDeclaration, MethodDeclaration> helpers,
      Map<FieldDeclaration, FieldDeclaration> fieldChanges, Contract contract) {
    for (FieldDeclaration field : fieldChanges.keySet()) {
      String name = field.getVariable(0).getNameAsString();
      for (BodyDeclaration<?> member : type.getMembers()) {
        if (member == field || targets.contains(member) || helpers.containsKey(member)) continue;
        if (Reach.mentions(member, name)) {
          throw new SpliceRejectedException("refused: the answer changes field " + name + ", which "
              + contract.name(member) + " also reads and is not compared");
        }
      }
    }
  }

  private static boolean sameSignature(MethodDeclaration o, MethodDeclaration m) {
    return o.getType().equals(m.getType()) && o.getModifiers().equals(m.getModifiers())
        && o.getTypeParameters().equals(m.getTypeParameters()) && o.getThrownExceptions().equals(m.getThrownExceptions());
  }

  private static String declarationOf(FieldDeclaration f) {
    String mods = f.getModifiers().stream().map(mod -> mod.getKeyword().asString()).reduce((a, b) -> a + " " + b).orElse("package-private");
    return mods + " " + f.getElementType();
  }

  private record Answer(List<ImportDeclaration> imports, List<BodyDeclaration<?>> members) {}

  private Answer readAnswer(List<String> blocks, String typeName, boolean intoInterface) {
    List<ImportDeclaration> imports = new ArrayList<>();
    List<BodyDeclaration<?>> members = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String block : blocks) {
      Optional<CompilationUnit> asUnit = parse(block);
      if (asUnit.isPresent() && asUnit.get().getTypes().size() == 1 && asUnit.get().getType(0).getNameAsString().startsWith("$")) {
        // JavaParser reads bare members as an implicitly declared ("compact") class.
        TypeDeclaration<?> implicit = asUnit.get().getType(0);
        if (implicit.getMethods().isEmpty()) continue;
        imports.addAll(asUnit.get().getImports());
        members.addAll(implicit.getMembers());
        continue;
      }
      if (asUnit.isPresent() && !asUnit.get().getTypes().isEmpty()) {
        CompilationUnit unit = asUnit.get();
        Optional<TypeDeclaration<?>> match = findType(unit, typeName);
        if (match.isEmpty()) {
          problems.add("block declares " + unit.getTypes().get(0).getNameAsString() + ", not " + typeName);
          continue;
        }
        for (TypeDeclaration<?> top : unit.getTypes()) {
          if (!isAncestorOrSelf(top, match.get())) {
            throw new SpliceRejectedException("answer declares another class " + top.getNameAsString());
          }
        }
        if (match.get().getMethods().isEmpty()) continue;
        imports.addAll(unit.getImports());
        members.addAll(match.get().getMembers());
        continue;
      }
      Matcher lead = LEADING_IMPORTS.matcher(block);
      String head = lead.find() ? lead.group(1) : "";
      String body = block.substring(head.length());
      // A bare default method parses only inside an interface, a bare instance field only in a class.
      Optional<CompilationUnit> wrapped = parse(head + "\n" + (intoInterface ? "interface" : "class") + " __FlamefixAnswer__ {\n" + body + "\n}\n");
      if (wrapped.isPresent()) {
        TypeDeclaration<?> t = wrapped.get().getType(0);
        if (t.getMethods().isEmpty()) continue;
        imports.addAll(wrapped.get().getImports());
        members.addAll(t.getMembers());
      } else {
        problems.add("a block does not parse as Java members or a class");
      }
    }
    if (members.isEmpty()) {
      throw new SpliceRejectedException("no usable code in the answer"
          + (problems.isEmpty() ? " (no block declares a method)" : ": " + String.join("; ", problems)));
    }
    // Later blocks win when a member repeats (models often restate the final version last).
    Map<String, BodyDeclaration<?>> byKey = new LinkedHashMap<>();
    for (BodyDeclaration<?> m : members) byKey.put(memberKey(m), m);
    return new Answer(imports, new ArrayList<>(byKey.values()));
  }

  private static String memberKey(BodyDeclaration<?> m) {
    if (m instanceof MethodDeclaration md) return "m:" + signature(md);
    if (m instanceof ConstructorDeclaration c) return "c:" + c.getSignature().asString();
    if (m instanceof FieldDeclaration f) return "f:" + f.getVariable(0).getNameAsString();
    if (m instanceof TypeDeclaration<?> t) return "t:" + t.getNameAsString();
    return "o:" + normalised(m);
  }

  private static Optional<TypeDeclaration<?>> findType(CompilationUnit unit, String name) {
    for (TypeDeclaration<?> t : unit.findAll(TypeDeclaration.class)) {
      if (t.getNameAsString().equals(name)) return Optional.of(t);
    }
    return Optional.empty();
  }

  private static boolean isAncestorOrSelf(Node ancestor, Node node) {
    for (Optional<Node> p = Optional.of(node); p.isPresent(); p = p.get().getParentNode()) {
      if (p.get() == ancestor) return true;
    }
    return false;
  }

  private static List<String> mergeImports(CompilationUnit cu, List<ImportDeclaration> imports) {
    List<String> added = new ArrayList<>();
    String pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    for (ImportDeclaration imp : imports) {
      String name = imp.getNameAsString();
      boolean exists = cu.getImports().stream().anyMatch(i -> i.getNameAsString().equals(name) && i.isStatic() == imp.isStatic() && i.isAsterisk() == imp.isAsterisk());
      if (exists) continue;
      if (!imp.isStatic() && !imp.isAsterisk()) {
        String qualifier = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
        if (qualifier.equals("java.lang") || qualifier.equals(pkg)) continue;
        String simple = imp.getName().getIdentifier();
        Optional<ImportDeclaration> clash = cu.getImports().stream()
            .filter(i -> !i.isStatic() && !i.isAsterisk() && i.getName().getIdentifier().equals(simple)).findFirst();
        if (clash.isPresent()) {
          throw new SpliceRejectedException("import " + name + " clashes with existing import " + clash.get().getNameAsString());
        }
      }
      cu.addImport(imp.clone());
      added.add((imp.isStatic() ? "static " : "") + name + (imp.isAsterisk() ? ".*" : ""));
    }
    return added;
  }

  private static int lastFieldIndex(TypeDeclaration<?> type) {
    NodeList<BodyDeclaration<?>> members = type.getMembers();
    int idx = -1;
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i) instanceof FieldDeclaration) idx = i;
    }
    return idx;
  }

  private Optional<CompilationUnit> parse(String source) {
    ParseResult<CompilationUnit> r = parser.parse(source);
    return r.isSuccessful() ? r.getResult() : Optional.empty();
  }

  /** {@code name(Type,Type)} with generics and qualifiers erased, for matching overloads. */
  static String signature(CallableDeclaration<?> m) {
    StringBuilder sb = new StringBuilder(m.getNameAsString()).append('(');
    for (int i = 0; i < m.getParameters().size(); i++) {
      var p = m.getParameter(i);
      String t = p.getType().asString().replaceAll("<.*>", "").replaceAll("\\s+", "");
      t = t.substring(t.lastIndexOf('.') + 1) + (p.isVarArgs() ? "[]" : "");
      if (i > 0) sb.append(',');
      sb.append(t);
    }
    return sb.append(')').toString();
  }

  private static String declaration(MethodDeclaration m) {
    return m.getDeclarationAsString(true, true, false);
  }

  /** Source text without comments or layout, for "is this the same code" checks. */
  static String normalised(Node n) {
    Node copy = n.clone();
    copy.getAllContainedComments().forEach(Comment::remove);
    copy.getComment().ifPresent(c -> copy.removeComment());
    return copy.toString().replaceAll("\\s+", " ").replaceAll(" ?([(){};,.=+\\-*/<>!&|\\[\\]]) ?", "$1").strip();
  }

  static boolean hasModifier(BodyDeclaration<?> d, Modifier.Keyword k) {
    return d instanceof com.github.javaparser.ast.nodeTypes.NodeWithModifiers<?> nm && nm.hasModifier(k);
  }
}
