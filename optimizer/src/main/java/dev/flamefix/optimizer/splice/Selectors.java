package dev.flamefix.optimizer.splice;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validator's method selector ({@code name(Type,...)} with simple, erased type names) of a
 * declared method. A type variable is written as its erasure (first bound, else {@code Object}),
 * because the validator matches selectors against reflected parameter types.
 */
final class Selectors {
  private Selectors() {}

  /** The selector of {@code m}, declared somewhere inside {@code owner}. */
  static String of(MethodDeclaration m, Node owner) {
    Map<String, String> erasure = new HashMap<>();
    List<Node> scopes = new ArrayList<>();
    for (Optional<Node> n = Optional.of(owner); n.isPresent(); n = n.get().getParentNode()) scopes.add(0, n.get());
    scopes.add(m);
    for (Node scope : scopes) {
      if (scope instanceof NodeWithTypeParameters<?> generic) {
        for (TypeParameter p : generic.getTypeParameters()) {
          erasure.put(p.getNameAsString(), p.getTypeBound().isEmpty() ? "Object" : p.getTypeBound().get(0).getNameAsString());
        }
      }
    }
    StringBuilder sb = new StringBuilder(m.getNameAsString()).append('(');
    for (int i = 0; i < m.getParameters().size(); i++) {
      var p = m.getParameter(i);
      Type t = p.getType();
      String dims = p.isVarArgs() ? "[]" : "";
      while (t instanceof ArrayType a) {
        dims += "[]";
        t = a.getComponentType();
      }
      String name = t instanceof ClassOrInterfaceType c ? erasure.getOrDefault(c.getNameAsString(), c.getNameAsString()) : t.asString();
      if (i > 0) sb.append(',');
      sb.append(name).append(dims);
    }
    return sb.append(')').toString();
  }
}
