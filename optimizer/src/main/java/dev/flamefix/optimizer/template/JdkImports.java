package dev.flamefix.optimizer.template;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The JDK types a fix's code names by their simple name (types, scopes of static calls and field
 * reads), found in the packages a case's members may use, so that applying the fix can import
 * them. Cases keep no imports of their own.
 */
final class JdkImports {
  private JdkImports() {}

  static List<String> needed(List<? extends Node> statements, List<? extends Node> members) {
    Set<String> names = new LinkedHashSet<>();
    List<Node> all = new ArrayList<>(statements);
    all.addAll(members);
    for (Node root : all) {
      root.findAll(ClassOrInterfaceType.class).stream().filter(t -> t.getScope().isEmpty())
          .forEach(t -> names.add(t.getNameAsString()));
      root.findAll(MethodCallExpr.class).forEach(m -> m.getScope().ifPresent(s -> scope(s, names)));
      root.findAll(FieldAccessExpr.class).forEach(f -> scope(f.getScope(), names));
      root.findAll(MethodReferenceExpr.class).forEach(r -> scope(r.getScope(), names));
    }
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (Template.isHole(n) || exists("java.lang." + n)) continue;
      for (String p : TemplateLearner.WRAP_PACKAGES) {
        if (exists(p + "." + n)) {
          out.add(p + "." + n);
          break;
        }
      }
    }
    return out;
  }

  private static void scope(Node scope, Set<String> names) {
    if (scope instanceof NameExpr n && Character.isUpperCase(n.getNameAsString().charAt(0))) names.add(n.getNameAsString());
    if (scope instanceof com.github.javaparser.ast.expr.TypeExpr t && t.getType() instanceof ClassOrInterfaceType ct
        && ct.getScope().isEmpty()) {
      names.add(ct.getNameAsString());
    }
  }

  private static boolean exists(String qualifiedName) {
    try {
      Class.forName(qualifiedName, false, JdkImports.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
