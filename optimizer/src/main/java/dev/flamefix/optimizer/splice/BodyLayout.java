package dev.flamefix.optimizer.splice;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.metamodel.PropertyMetaModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Indents the statements a rewrite adds or moves inside method bodies the way the file indents
 * its own: one unit deeper than the construct they are nested in, as that construct's first line
 * is indented. In a file indented regularly that is the nesting depth below the method times the
 * indent unit.
 *
 * <p>The lexical-preserving printer writes a statement it did not parse at its own idea of the
 * indentation (four spaces a level, counted from a column it guesses), and a parsed statement
 * that moved to another depth keeps its old columns. So the printed unit is parsed again and
 * each line of a body that starts a statement, a {@code case} or a comment, or closes a block,
 * is given the indentation its construct calls for when the construct is new or moved (known by
 * identity and depth from the unit as it was before the rewrite), when the line differs from the
 * original, or when the line it hangs from was re-indented. The other lines of a statement that
 * spans several keep their place relative to its first line. Lines of a statement holding a text
 * block, and lines of comments spanning several lines, are left as printed (their content must not
 * move); lines of the original the rewrite did not touch stay byte for byte.
 */
final class BodyLayout {
  /** Where a statement sits: the method (or initializer) it belongs to and how many units deep. */
  private record Place(Node callable, int depth) {}

  /** The construct a statement is indented from, and by how many units. */
  private record Hang(Node from, int units) {}

  private final CompilationUnit seen;
  private final Map<Node, Place> before;

  private BodyLayout(CompilationUnit seen, Map<Node, Place> before) {
    this.seen = seen;
    this.before = before;
  }

  /** Notes where every statement of {@code node}'s unit sits, before anything changes it. */
  static BodyLayout of(Node node) {
    Optional<CompilationUnit> cu = node.findCompilationUnit();
    Map<Node, Place> places = new IdentityHashMap<>();
    try {
      cu.ifPresent(u -> {
        for (Node n : laidOut(u)) places.put(n, place(n).orElseThrow());
      });
    } catch (RuntimeException e) {
      // Only cosmetic: without the notes, only lines that differ from the original are re-indented.
      return new BodyLayout(null, Map.of());
    }
    return new BodyLayout(cu.orElse(null), places);
  }

  /**
   * Re-indents the body lines of {@code printed} that the rewrite of {@code changed} added, changed
   * or moved.
   *
   * @param original the file before the rewrite
   * @param printed {@code changed} as printed
   * @param changed the unit {@link #of} looked at, after the rewrite
   * @param indentUnit the file's indent unit (spaces or a tab)
   * @return {@code printed}, or it with some lines' leading whitespace replaced
   */
  String reindent(String original, String printed, CompilationUnit changed, String indentUnit) {
    ParseResult<CompilationUnit> parsed =
        new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)).parse(printed);
    if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) return printed;
    CompilationUnit reparsed = parsed.getResult().get();
    List<Node> nodes = laidOut(reparsed);
    Lines lines = new Lines(printed, MemberPrinter.changedLines(original, printed));
    Set<Node> moved = moved(changed, nodes);

    Map<Integer, Node> starts = new HashMap<>();
    Map<Integer, Node> closes = new HashMap<>();
    Node[] owner = new Node[lines.count() + 2];
    for (Node n : nodes) {
      Position b = n.getBegin().orElseThrow();
      Position e = n.getEnd().orElseThrow();
      if (lines.startsAt(b)) starts.putIfAbsent(b.line, n);
      if ((n instanceof BlockStmt || n instanceof SwitchStmt) && lines.startsAt(e)) closes.put(e.line, n);
      // Pre-order: an inner statement overwrites the one around it.
      for (int l = b.line + 1; l <= Math.min(e.line, lines.count()); l++) owner[l] = n;
    }
    Map<Integer, Comment> comments = new HashMap<>();
    for (Comment c : reparsed.getAllComments()) {
      Position b = c.getBegin().orElseThrow();
      Position e = c.getEnd().orElseThrow();
      if (b.line == e.line) {
        if (lines.startsAt(b)) comments.put(b.line, c);
      } else {
        lines.freeze(lines.startsAt(b) ? b.line : b.line + 1, e.line);
      }
    }
    for (TextBlockLiteralExpr t : reparsed.findAll(TextBlockLiteralExpr.class)) {
      Node around = t;
      while (around != null && !(around instanceof Statement && place(around).isPresent())) around = around.getParentNode().orElse(null);
      Node frozen = around == null ? t : around;
      lines.freeze(frozen.getBegin().orElseThrow().line, frozen.getEnd().orElseThrow().line);
    }

    for (int i = 1; i <= lines.count(); i++) {
      if (lines.blank(i) || lines.frozen(i)) continue;
      Node start = starts.get(i);
      Node close = closes.get(i);
      Comment comment = comments.get(i);
      if (start == null && close == null && comment != null) {
        Optional<Node> commented = comment.getCommentedNode().filter(n -> place(n).isPresent());
        Optional<Node> block = comment.getParentNode().filter(p -> p instanceof BlockStmt && comment.isOrphan());
        if (commented.isPresent()) start = commented.get();
        else if (block.isPresent()) {
          // An orphan comment in a block sits where the block's statements do.
          int anchor = anchorLine(block.get());
          if (anchor < i && (moved.contains(block.get()) || lines.changed(i) || lines.shifted(anchor))) {
            lines.indent(i, lines.indentation(anchor) + indentUnit);
          }
          continue;
        }
      }
      if (start != null && place(start).isPresent()) {
        Hang hang = hang(start).orElseThrow();
        int anchor = anchorLine(hang.from());
        if (anchor < i && (moved.contains(start) || lines.changed(i) || lines.shifted(anchor))) {
          lines.indent(i, lines.indentation(anchor) + indentUnit.repeat(hang.units()));
        }
      } else if (close != null) {
        int anchor = anchorLine(close);
        if (anchor < i && (moved.contains(close) || lines.changed(i) || lines.shifted(anchor))) {
          lines.indent(i, lines.indentation(anchor));
        }
      } else if (owner[i] != null) {
        int first = owner[i].getBegin().orElseThrow().line;
        if (lines.shifted(first)) lines.follow(i, first);
      }
    }
    return lines.text();
  }

  /**
   * The reparsed statements that are new or sit at another depth than before the rewrite: matched
   * with {@code changed}'s in the same order, which holds when the print parses back to the same
   * tree. When it does not (or {@code changed} is not the unit {@link #of} saw), none count as
   * moved and only changed lines are re-indented.
   */
  private Set<Node> moved(CompilationUnit changed, List<Node> reparsed) {
    Set<Node> moved = Collections.newSetFromMap(new IdentityHashMap<>());
    if (changed != seen) return moved;
    List<Node> now = laidOut(changed);
    if (now.size() != reparsed.size()) return moved;
    for (int i = 0; i < now.size(); i++) {
      if (now.get(i).getClass() != reparsed.get(i).getClass()) return Collections.emptySet();
      if (!place(now.get(i)).equals(Optional.ofNullable(before.get(now.get(i))))) moved.add(reparsed.get(i));
    }
    return moved;
  }

  /**
   * The statements (with {@code case}s and {@code catch}es) of every body of {@code root}, outer
   * before inner and in source order. The order comes from the node types' declared properties,
   * which (unlike the order of child nodes) does not depend on how a tree was edited.
   */
  private static List<Node> laidOut(Node root) {
    List<Node> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Node n, List<Node> out) {
    if (place(n).isPresent()) out.add(n);
    for (PropertyMetaModel p : n.getMetaModel().getAllPropertyMetaModels()) {
      if (!p.isNode() || p.getName().equals("comment")) continue;
      Object value = p.getValue(n);
      if (value instanceof Node child) collect(child, out);
      else if (value instanceof NodeList<?> list) for (Node child : list) collect(child, out);
    }
  }

  /** The body {@code n} belongs to and its depth there, if {@code n} is laid out as a statement of a body. */
  private static Optional<Place> place(Node n) {
    int depth = 0;
    Node at = n;
    while (!isCallable(at)) {
      Optional<Hang> hang = hang(at);
      if (hang.isEmpty()) return Optional.empty();
      depth += hang.get().units();
      at = hang.get().from();
    }
    return at == n ? Optional.empty() : Optional.of(new Place(at, depth));
  }

  /**
   * What a statement is indented from: a block or {@code case} for what they hold, a statement
   * for a body without braces; a body's braces, {@code catch}, {@code else if} and a labelled
   * statement sit at their owner's indentation. Nothing inside an expression (a lambda's body, an
   * anonymous class) hangs from the statement around it: those lines move with their statement.
   */
  private static Optional<Hang> hang(Node n) {
    if (!(n instanceof Statement || n instanceof SwitchEntry || n instanceof CatchClause)) return Optional.empty();
    Node p = n.getParentNode().orElse(null);
    if (p == null) return Optional.empty();
    if (isCallable(p)) return n instanceof BlockStmt ? Optional.of(new Hang(p, 0)) : Optional.empty();
    if (p instanceof BlockStmt || p instanceof SwitchEntry || p instanceof SwitchStmt) return Optional.of(new Hang(p, 1));
    if (p instanceof TryStmt || p instanceof CatchClause || p instanceof LabeledStmt) return Optional.of(new Hang(p, 0));
    if (p instanceof IfStmt i && n instanceof IfStmt && i.getElseStmt().filter(e -> e == n).isPresent()) return Optional.of(new Hang(p, 0));
    if (p instanceof IfStmt || p instanceof ForStmt || p instanceof ForEachStmt || p instanceof WhileStmt
        || p instanceof DoStmt || p instanceof SynchronizedStmt) {
      return Optional.of(new Hang(p, n instanceof BlockStmt ? 0 : 1));
    }
    return Optional.empty();
  }

  private static boolean isCallable(Node n) {
    return n instanceof CallableDeclaration<?> || n instanceof InitializerDeclaration || n instanceof CompactConstructorDeclaration;
  }

  /**
   * The line whose indentation {@code n}'s contents count from: a body's braces count from their
   * owner's first line (its header may wrap), anything else from its own first line.
   */
  private static int anchorLine(Node n) {
    if (n instanceof BlockStmt) {
      Optional<Hang> hang = hang(n);
      if (hang.isPresent() && hang.get().units() == 0) return anchorLine(hang.get().from());
    }
    return n.getBegin().orElseThrow().line;
  }

  /** The printed text by line, with each line's indentation as printed and as it ends up. */
  private static final class Lines {
    private final String[] text;
    private final String[] printedIndent;
    private final boolean[] changed;
    private final boolean[] frozen;

    Lines(String printed, boolean[] changed) {
      this.text = printed.split("\n", -1);
      this.printedIndent = new String[text.length + 2];
      for (int i = 0; i < text.length; i++) printedIndent[i + 1] = MemberPrinter.leading(text[i]);
      this.changed = changed;
      this.frozen = new boolean[text.length + 2];
    }

    int count() {
      return text.length;
    }

    /** Whether {@code p} is where its line's first non-blank character is. */
    boolean startsAt(Position p) {
      return p.line >= 1 && p.line <= text.length && p.column == printedIndent[p.line].length() + 1;
    }

    boolean blank(int line) {
      return text[line - 1].isBlank();
    }

    boolean changed(int line) {
      return changed[line - 1];
    }

    void freeze(int from, int to) {
      for (int l = Math.max(1, from); l <= Math.min(to, text.length); l++) frozen[l] = true;
    }

    boolean frozen(int line) {
      return frozen[line];
    }

    /** The line's indentation as it ends up (lines are settled in order, so earlier ones are final). */
    String indentation(int line) {
      return MemberPrinter.leading(text[line - 1]);
    }

    boolean shifted(int line) {
      return !indentation(line).equals(printedIndent[line]);
    }

    void indent(int line, String indentation) {
      text[line - 1] = indentation + text[line - 1].substring(indentation(line).length());
    }

    /** Moves a continuation line by what its statement's first line moved. */
    void follow(int line, int first) {
      String was = printedIndent[first];
      String now = indentation(first);
      String own = indentation(line);
      if (own.length() >= was.length()) {
        indent(line, now + own.substring(was.length()));
      } else {
        indent(line, now.substring(0, Math.max(0, now.length() - (was.length() - own.length()))));
      }
    }

    String text() {
      return String.join("\n", text);
    }
  }
}
