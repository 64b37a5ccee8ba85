package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.flamefix.kb.ast.Variables;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code unbuffered-io}: a {@code FileInputStream/FileReader/FileOutputStream/FileWriter} opened in
 * try-with-resources and used call by call makes a system call per {@code read()}/{@code write()};
 * it is wrapped in the matching {@code Buffered*} class.
 *
 * <p>Preconditions: the resource is declared in the try-with-resources header (so it is always
 * closed, and closing the buffered wrapper flushes and closes the file); its declared type is the
 * file class or its abstract parent; inside the try it is only the receiver of {@code read},
 * {@code write}, {@code flush}, {@code skip} or {@code close} (methods both types have with the
 * same meaning) and never passed anywhere, reassigned or captured. Bytes/characters read and the
 * final file content are identical. Stated limitation: a write error may now surface at the next
 * flush or at close instead of at the failing {@code write}; on regular files the data is the same.
 */
public final class UnbufferedIoRecipe implements Recipe {
  private static final Map<String, String> WRAPPER = Map.of(
      "FileInputStream", "BufferedInputStream", "FileReader", "BufferedReader",
      "FileOutputStream", "BufferedOutputStream", "FileWriter", "BufferedWriter");
  private static final Map<String, String> PARENT = Map.of(
      "FileInputStream", "InputStream", "FileReader", "Reader", "FileOutputStream", "OutputStream", "FileWriter", "Writer");
  private static final Set<String> ALLOWED = Set.of("read", "write", "flush", "skip", "close");

  @Override
  public String id() {
    return "unbuffered-io";
  }

  @Override
  public String description() {
    return "FileInputStream/FileReader/FileOutputStream/FileWriter in try-with-resources -> Buffered* wrapper";
  }

  @Override
  public Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    for (TryStmt t : method.findAll(TryStmt.class)) {
      for (Expression r : t.getResources()) {
        if (!(r instanceof VariableDeclarationExpr decl) || decl.getVariables().size() != 1) continue;
        VariableDeclarator v = decl.getVariable(0);
        if (v.getInitializer().isEmpty() || !(v.getInitializer().get() instanceof ObjectCreationExpr oc)) continue;
        String file = oc.getType().getNameAsString();
        String wrapper = WRAPPER.get(file);
        if (wrapper == null || oc.getAnonymousClassBody().isPresent()) continue;
        String declared = v.getType().asString().replace("java.io.", "");
        if (!declared.equals(file) && !declared.equals(PARENT.get(file))) continue;
        String name = v.getNameAsString();
        if (Variables.uniqueLocal(method, name).isEmpty()) continue;
        boolean ok = Variables.uses(t.getTryBlock(), name).stream().allMatch(u -> !Ast.inDeferredCode(u, method) && !Variables.isWrite(u)
            && !Ast.isArgument(u) && Ast.callOn(u).map(c -> ALLOWED.contains(c.getNameAsString())).orElse(false));
        boolean usedElsewhere = Variables.uses(method, name).stream().anyMatch(u -> !Ast.isInside(u, t.getTryBlock()));
        if (!ok || usedElsewhere) continue;
        v.setInitializer(new ObjectCreationExpr(null, StaticJavaParser.parseClassOrInterfaceType(wrapper), new NodeList<>(oc.clone())));
        if (declared.equals(file)) v.setType(StaticJavaParser.parseClassOrInterfaceType(wrapper));
        ctx.importType("java.io." + wrapper);
        return Optional.of("'" + name + "' read/wrote a " + file + " directly, one system call per small read/write;"
            + " it is now wrapped in a " + wrapper + ". It is closed by try-with-resources, which flushes the buffer,"
            + " so the data read or written is the same.");
      }
    }
    return Optional.empty();
  }

}
