package dev.flamefix.optimizer.template;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.stmt.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A rewrite learned from one knowledge-base case, Refaster-style: a before pattern (the smallest
 * statement sequence of the case's slow method that its fix changed) and an after pattern (what
 * the fix made of it), both Java ASTs whose abstracted parts are holes. A hole is an identifier
 * starting with {@code $}: {@code $v} a variable (local, parameter or field), {@code $m} a user
 * method or field name, {@code $t} a user type or a type argument, {@code $l} a literal, {@code $f}
 * a name the fix introduces (made unique in the target class when applied). JDK API names stay
 * concrete. Nodes are never mutated once built: users clone them.
 *
 * @param caseId the case it was learned from
 * @param category the case's category
 * @param rate the case's JMH-measured slow/fast ratio
 * @param before the before pattern, one or more consecutive statements
 * @param after the statements that replace a match, with the same holes
 * @param constraints the type each variable hole's binding must have, where the case showed one
 * @param literalKinds the literal class each {@code $l} hole must bind ({@code IntegerLiteralExpr}...)
 * @param retyped variable holes declared in the before pattern whose declaration the fix changes or
 *     drops: their binding must not be used outside the matched statements
 * @param freshBases the case's name for each {@code $f} hole, the base of the fresh name
 * @param addedMembers fields and methods the fix adds to the class (holes as in {@code after})
 * @param imports JDK imports the fix adds
 */
public record Template(String caseId, String category, double rate, List<Statement> before, List<Statement> after,
    Map<String, TypeConstraint> constraints, Map<String, String> literalKinds, Set<String> retyped,
    Map<String, String> freshBases, List<BodyDeclaration<?>> addedMembers, List<String> imports) {

  public Template {
    before = List.copyOf(before);
    after = List.copyOf(after);
    constraints = Map.copyOf(constraints);
    literalKinds = Map.copyOf(literalKinds);
    retyped = Set.copyOf(retyped);
    freshBases = Map.copyOf(freshBases);
    addedMembers = List.copyOf(addedMembers);
    imports = List.copyOf(imports);
  }

  /** Whether {@code identifier} names a hole. */
  static boolean isHole(String identifier) {
    return identifier.length() >= 3 && identifier.charAt(0) == '$' && "vmtlf".indexOf(identifier.charAt(1)) >= 0
        && identifier.substring(2).chars().allMatch(Character::isDigit);
  }

  /**
   * The abstract rewrite as text, for a model prompt and the catalogue: before and after with their
   * holes and the holes' constraints. It never holds the case's own code.
   */
  public String describe() {
    String holes = constraints.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
    return "before: " + text(before) + " after: " + text(after)
        + (addedMembers.isEmpty() ? "" : " plus members: " + text(addedMembers))
        + (holes.isEmpty() ? "" : " where " + holes);
  }

  private static String text(List<? extends Node> nodes) {
    return nodes.stream().map(n -> n.toString().replaceAll("\\s+", " ").strip()).collect(Collectors.joining(" "));
  }
}
