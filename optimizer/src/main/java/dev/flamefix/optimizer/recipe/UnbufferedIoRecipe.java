package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.flamefix.kb.ast.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code unbuffered-io}: a {@code FileInputStream/FileReader/FileOutputStream/FileWriter} opened in
 * try-with-resources and used call by call makes a system call per {@code read()}/{@code write()};
 * it is wrapped in the matching {@code Buffered*} class.
 *
 * <p>Preconditions: the resource is declared in the try-with-resources header (so it is always
 * closed, and closing the buffered wrapper flushes and closes the file); its declared type is the
 * file class or its abstract parent; inside the try it is only the receiver of {@code read},
 * {@code write}, {@code flush}, {@code skip} or {@code close} (methods both types have with the
 * same meaning; {@code skip} only where its count is not read) and never passed anywhere,
 * reassigned or captured. Bytes/characters read and the final file content are identical. Stated
 * limitation: a write error may now surface at the next flush or at close instead of at the
 * failing {@code write}; on regular files the data is the same.
 *
 * <p>A {@code DataOutputStream}/{@code DataInputStream} resource built directly on a new file
 * stream gets the buffer between the two (a {@code writeInt} is one system call unbuffered, a
 * {@code readInt} four); the data stream may then only be asked to {@code read*}, {@code write*},
 * {@code flush}, {@code size} or {@code close}, which see the same bytes through a buffer ({@code
 * available}, {@code skip} and {@code mark} would answer from the buffer instead). Every qualifying
 * resource of the method is rewritten.
 */
public final class UnbufferedIoRecipe implements Recipe {
  private static final Map<String, String> WRAPPER = Map.of(
      "FileInputStream", "BufferedInputStream", "FileReader", "BufferedReader",
      "FileOutputStream", "BufferedOutputStream", "FileWriter", "BufferedWriter");
  private static final Map<String, String> PARENT = Map.of(
      "FileInputStream", "InputStream", "FileReader", "Reader", "FileOutputStream", "OutputStream", "FileWriter", "Writer");
  private static final Set<String> ALLOWED = Set.of("read", "write", "flush", "close");
  /** A data stream and the file stream it may wrap directly. */
  private static final Map<String, String> DATA = Map.of("DataOutputStream", "FileOutputStream", "DataInputStream", "FileInputStream");

  @Override
  public String id() {
    return "unbuffered-io";
  }

  @Override
  public String description() {
    return "FileInputStream/FileReader/FileOutputStream/FileWriter in try-with-resources (also under a Data*Stream) -> Buffered* wrapper";
  }

  @Override
  public Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    List<String> done = new ArrayList<>();
    for (TryStmt t : method.findAll(TryStmt.class)) {
      for (Expression r : t.getResources()) {
        if (!(r instanceof VariableDeclarationExpr decl) || decl.getVariables().size() != 1) continue;
        VariableDeclarator v = decl.getVariable(0);
        if (v.getInitializer().isEmpty() || !(v.getInitializer().get() instanceof ObjectCreationExpr oc)
            || oc.getAnonymousClassBody().isPresent()) continue;
        String name = v.getNameAsString();
        if (Variables.uniqueLocal(method, name).isEmpty() || Variables.uses(method, name).stream().anyMatch(u -> !Ast.isInside(u, t.getTryBlock()))) {
          continue;
        }
        String declared = v.getType().asString().replace("java.io.", "");
        String created = oc.getType().getNameAsString();
        if (DATA.containsKey(created)) {
          wrapInsideData(t, v, oc, declared, method, ctx).ifPresent(done::add);
          continue;
        }
        String wrapper = WRAPPER.get(created);
        if (wrapper == null || !declared.equals(created) && !declared.equals(PARENT.get(created))) continue;
        // skip's count differs once a buffer holds bytes (a file stream also counts bytes skipped past
        // the end); where the count is not read, both leave the stream at the same place for reads.
        if (!onlyCalled(t, name, method, c -> ALLOWED.contains(c.getNameAsString())
            || c.getNameAsString().equals("skip") && Ast.resultDiscarded(c))) continue;
        v.setInitializer(new ObjectCreationExpr(null, StaticJavaParser.parseClassOrInterfaceType(wrapper), new NodeList<>(oc.clone())));
        if (declared.equals(created)) v.setType(StaticJavaParser.parseClassOrInterfaceType(wrapper));
        ctx.importType("java.io." + wrapper);
        done.add("'" + name + "' read/wrote a " + created + " directly, one system call per small read/write; it is now"
            + " wrapped in a " + wrapper);
      }
    }
    if (done.isEmpty()) return Optional.empty();
    return Optional.of(String.join("; ", done) + ". Each is closed by try-with-resources, which flushes the buffer,"
        + " so the data read or written is the same.");
  }

  /**
   * {@code new DataOutputStream(new FileOutputStream(f))} (or the input pair): a {@code writeInt}
   * is one system call and a {@code readInt} four, so the file stream gets a buffer between them.
   * Only the data stream's own {@code read*}/{@code write*}, {@code flush}, {@code size} and {@code
   * close} may be called: they see the same bytes through a buffer, while {@code available},
   * {@code skip} and {@code mark} answer from the buffer differently.
   */
  private static Optional<String> wrapInsideData(TryStmt t, VariableDeclarator v, ObjectCreationExpr data, String declared,
      MethodDeclaration method, RecipeContext ctx) {
    String kind = data.getType().getNameAsString();
    if (!declared.equals(kind) || data.getArguments().size() != 1
        || !(data.getArgument(0) instanceof ObjectCreationExpr file) || file.getAnonymousClassBody().isPresent()
        || !file.getType().getNameAsString().equals(DATA.get(kind))) return Optional.empty();
    boolean output = kind.equals("DataOutputStream");
    if (!onlyCalled(t, v.getNameAsString(), method, c -> {
      String m = c.getNameAsString();
      return output ? m.startsWith("write") || m.equals("flush") || m.equals("size") || m.equals("close")
          : m.startsWith("read") || m.equals("close");
    })) return Optional.empty();
    String wrapper = WRAPPER.get(DATA.get(kind));
    file.replace(new ObjectCreationExpr(null, StaticJavaParser.parseClassOrInterfaceType(wrapper), new NodeList<>(file.clone())));
    ctx.importType("java.io." + wrapper);
    return Optional.of("'" + v.getNameAsString() + "' " + (output ? "wrote" : "read") + " its fields through a " + kind
        + " straight onto a " + DATA.get(kind) + ", one system call per " + (output ? "field" : "byte") + "; a " + wrapper
        + " now sits between them");
  }

  /** Inside the try, {@code name} is only the receiver of calls {@code allowed} accepts: never passed, written or captured. */
  private static boolean onlyCalled(TryStmt t, String name, MethodDeclaration method, Predicate<MethodCallExpr> allowed) {
    return Variables.uses(t.getTryBlock(), name).stream().allMatch(u -> !Ast.inDeferredCode(u, method) && !Variables.isWrite(u)
        && !Ast.isArgument(u) && Ast.callOn(u).map(allowed::test).orElse(false));
  }

}
