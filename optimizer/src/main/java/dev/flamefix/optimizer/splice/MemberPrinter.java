package dev.flamefix.optimizer.splice;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.printer.DefaultPrettyPrinter;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration.ConfigOption;
import com.github.javaparser.printer.configuration.Indentation;
import com.github.javaparser.printer.configuration.Indentation.IndentType;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints a compilation unit set up for lexical preservation after members were added to it, laid
 * out the way the file lays out its own members. A reviewer reads the result as a diff, so it must
 * show only what changed, at the indentation a person would have typed.
 *
 * <p>The lexical-preserving printer writes a member it did not parse at whatever column its
 * surroundings suggest (often 0, its first line sometimes indented and the rest not) with bodies
 * at four spaces, and leaves separator lines holding only spaces. So each added member is printed
 * here instead: the unit is printed with a one-line placeholder in its place, and the placeholder's
 * line becomes the member pretty-printed with the file's indent unit, every line prefixed with the
 * indentation of the class's members. Statements a rewrite added or moved inside bodies are then
 * indented with the same unit by {@link BodyLayout}. Lines the print adds or changes lose trailing
 * whitespace; lines of the original file are left byte for byte.
 */
public final class MemberPrinter {
  private static final String DEFAULT_UNIT = "    ";

  private final String original;
  private final String memberIndent;
  private final String unit;
  private final BodyLayout bodies;

  private MemberPrinter(String original, String memberIndent, String unit, BodyLayout bodies) {
    this.original = original;
    this.memberIndent = memberIndent;
    this.unit = unit;
    this.bodies = bodies;
  }

  /**
   * Reads the layout from the file before anything changes it.
   *
   * @param original the file as it is
   * @param sibling a method of the class members are added to, from a unit parsed from exactly
   *     {@code original} and not yet changed: its line gives the members' indentation, its first
   *     statement (or a sibling's) the file's indent unit; where the statements of its unit sit is
   *     noted, to tell the ones a rewrite moves
   */
  public static MemberPrinter of(String original, MethodDeclaration sibling) {
    String[] lines = original.split("\n", -1);
    String indent = sibling.getBegin().map(p -> leading(line(lines, p.line))).orElse("  ");
    return new MemberPrinter(original, indent, unit(lines, indent, sibling), BodyLayout.of(sibling));
  }

  /**
   * Prints {@code cu} with {@code inserted} laid out like their siblings, and the statements the
   * rewrite added or moved in bodies at the depth they are nested at. Members no longer in the
   * unit, and members inside another inserted member, are left to the enclosing print.
   *
   * @param cu the changed unit, set up with {@link LexicalPreservingPrinter#setup}
   * @param inserted members added to the unit (or replacing one of its members) after it was parsed
   * @return the file's text: its own lines as they were outside what changed
   */
  public String print(CompilationUnit cu, List<? extends BodyDeclaration<?>> inserted) {
    Set<Node> all = Collections.newSetFromMap(new IdentityHashMap<>());
    all.addAll(inserted);
    Map<String, BodyDeclaration<?>> byMarker = new LinkedHashMap<>();
    Map<FieldDeclaration, BodyDeclaration<?>> swapped = new IdentityHashMap<>();
    String printed;
    try {
      for (BodyDeclaration<?> member : inserted) {
        if (member.findCompilationUnit().orElse(null) != cu || insideAnother(member, all)) continue;
        String marker = "__flamefix_inserted_member_" + byMarker.size() + "__";
        FieldDeclaration placeholder = new FieldDeclaration(new NodeList<>(), PrimitiveType.intType(), marker);
        if (!member.replace(placeholder)) continue;
        swapped.put(placeholder, member);
        byMarker.put(marker, member);
      }
      printed = LexicalPreservingPrinter.print(cu);
    } finally {
      swapped.forEach((placeholder, member) -> placeholder.replace(member));
    }
    String eol = original.contains("\r\n") ? "\r\n" : "\n";
    for (Map.Entry<String, BodyDeclaration<?>> e : byMarker.entrySet()) {
      printed = substitute(printed, e.getKey(), layOut(e.getValue(), eol), eol);
    }
    try {
      printed = bodies.reindent(original, printed, cu, unit);
    } catch (RuntimeException e) {
      // Indentation is cosmetic: a print this cannot follow is still a correct patch.
    }
    return withoutTrailingWhitespace(printed);
  }

  private static boolean insideAnother(Node member, Set<Node> inserted) {
    for (Optional<Node> p = member.getParentNode(); p.isPresent(); p = p.get().getParentNode()) {
      if (inserted.contains(p.get())) return true;
    }
    return false;
  }

  /** The member pretty-printed with the file's unit, each non-blank line at member indentation. */
  private String layOut(BodyDeclaration<?> member, String eol) {
    Indentation indentation = unit.equals("\t") ? new Indentation(IndentType.TABS, 1) : new Indentation(IndentType.SPACES, unit.length());
    DefaultPrinterConfiguration config = new DefaultPrinterConfiguration();
    config.addOption(new DefaultConfigurationOption(ConfigOption.INDENTATION, indentation));
    config.addOption(new DefaultConfigurationOption(ConfigOption.END_OF_LINE_CHARACTER, "\n"));
    List<String> out = new ArrayList<>();
    // A uniform prefix keeps a text block's value: its incidental indentation grows with it.
    for (String line : new DefaultPrettyPrinter(config).print(member).split("\n", -1)) {
      out.add(line.isBlank() ? "" : memberIndent + line.stripTrailing());
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
    return String.join(eol, out);
  }

  /** Replaces the placeholder's line (or the placeholder, if code shares its line) by {@code block}. */
  private static String substitute(String printed, String marker, String block, String eol) {
    Matcher m = Pattern.compile("int\\s+" + marker + "\\s*;").matcher(printed);
    if (!m.find()) throw new IllegalStateException("placeholder " + marker + " was not printed");
    int lineStart = printed.lastIndexOf('\n', m.start()) + 1;
    int newline = printed.indexOf('\n', m.end());
    int lineEnd = newline < 0 ? printed.length() : newline;
    String before = printed.substring(lineStart, m.start());
    String after = printed.substring(m.end(), lineEnd);
    String cr = after.endsWith("\r") ? "\r" : "";
    String rest = after.strip();
    String replacement = (before.isBlank() ? "" : before.stripTrailing() + eol) + block + (rest.isEmpty() ? "" : eol + rest) + cr;
    return printed.substring(0, lineStart) + replacement + printed.substring(lineEnd);
  }

  /** {@code printed} with trailing whitespace removed from every line the original does not have there. */
  private String withoutTrailingWhitespace(String printed) {
    List<String> after = new ArrayList<>(List.of(printed.split("\n", -1)));
    boolean[] changed = changedLines(original, printed);
    for (int i = 0; i < after.size(); i++) {
      if (!changed[i]) continue;
      String line = after.get(i);
      boolean cr = line.endsWith("\r");
      after.set(i, (cr ? line.substring(0, line.length() - 1) : line).stripTrailing() + (cr ? "\r" : ""));
    }
    return String.join("\n", after);
  }

  /** For each line of {@code printed} (from 0), whether the diff from {@code original} adds or changes it. */
  static boolean[] changedLines(String original, String printed) {
    List<String> after = List.of(printed.split("\n", -1));
    boolean[] changed = new boolean[after.size()];
    for (AbstractDelta<String> d : DiffUtils.diff(List.of(original.split("\n", -1)), after).getDeltas()) {
      int from = d.getTarget().getPosition();
      for (int i = from; i < from + d.getTarget().size(); i++) changed[i] = true;
    }
    return changed;
  }

  /** Line {@code number} (from 1), or empty where the parser counted lines differently (a lone CR). */
  private static String line(String[] lines, int number) {
    return number >= 1 && number <= lines.length ? lines[number - 1] : "";
  }

  static String leading(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
    return line.substring(0, i);
  }

  /**
   * How far a body statement sits beyond its member's line, in the sibling or else another method
   * or constructor of its class; else the member indentation shared out over the nesting depth.
   */
  private static String unit(String[] lines, String memberIndent, MethodDeclaration sibling) {
    List<CallableDeclaration<?>> callables = new ArrayList<>();
    callables.add(sibling);
    sibling.getParentNode().filter(p -> p instanceof TypeDeclaration<?>).ifPresent(p -> {
      for (BodyDeclaration<?> m : ((TypeDeclaration<?>) p).getMembers()) {
        if (m instanceof CallableDeclaration<?> c && m != sibling) callables.add(c);
      }
    });
    for (CallableDeclaration<?> c : callables) {
      Optional<BlockStmt> body = c instanceof MethodDeclaration md ? md.getBody()
          : Optional.of(((ConstructorDeclaration) c).getBody());
      Optional<Integer> declared = c.getBegin().map(p -> p.line);
      Optional<Integer> first = body.flatMap(b -> b.getStatements().getFirst()).flatMap(Node::getBegin).map(p -> p.line);
      if (declared.isEmpty() || first.isEmpty() || first.get().equals(declared.get())) continue;
      String own = leading(line(lines, declared.get()));
      String inner = leading(line(lines, first.get()));
      if (inner.length() > own.length() && inner.startsWith(own)) {
        String step = inner.substring(own.length());
        if (step.equals("\t") || step.chars().allMatch(ch -> ch == ' ')) return step;
      }
    }
    if (memberIndent.contains("\t")) return "\t";
    int depth = 0;
    for (Optional<Node> p = sibling.getParentNode(); p.isPresent(); p = p.get().getParentNode()) {
      if (p.get() instanceof TypeDeclaration<?> || p.get() instanceof ObjectCreationExpr) depth++;
    }
    return depth > 0 && !memberIndent.isEmpty() && memberIndent.length() % depth == 0
        ? " ".repeat(memberIndent.length() / depth) : DEFAULT_UNIT;
  }
}
