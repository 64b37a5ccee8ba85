package dev.flamefix.optimizer.redact;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import dev.flamefix.optimizer.OptimizerException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides proprietary names and text from an external model and puts them back in its answer.
 *
 * <p>Before a request: comments are dropped, every string literal becomes {@code "s_<n>"}, and
 * every identifier that is not public JDK vocabulary (a type, method or field name of the common
 * {@code java.*} classes, a {@code java.lang} type, a segment of a {@code java.}/{@code javax.}/
 * well-known-library import) becomes {@code id_<n>}, {@code Id_<n>} or {@code ID_<n>} (keeping its
 * case style, so the model still sees what is a type, a variable or a constant). The mapping is
 * bijective; {@link Redaction#restore} replaces the tokens in any text the model returns.
 */
public final class Redactor {
  private static final List<String> WELL_KNOWN_PREFIXES = List.of("java.", "javax.", "jakarta.", "org.springframework.",
      "com.google.", "org.apache.", "org.slf4j.", "com.fasterxml.");
  private static final Set<String> JDK_VOCABULARY = jdkVocabulary();

  private final JavaParser parser =
      new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

  /** A redacted text and the means to undo it. */
  public static final class Redaction {
    private final String text;
    private final Map<String, String> tokens;

    Redaction(String text, Map<String, String> tokens) {
      this.text = text;
      this.tokens = Map.copyOf(tokens);
    }

    /** The code to send. */
    public String text() {
      return text;
    }

    /** token -> original (identifiers by name; strings as their source form including quotes). */
    public Map<String, String> tokens() {
      return tokens;
    }

    /** Replaces every token in {@code answer} with the original it stands for. */
    public String restore(String answer) {
      if (answer == null || tokens.isEmpty()) return answer;
      Pattern p = Pattern.compile("\"s_\\d+\"|\\b(?:id|Id|ID)_\\d+\\b");
      Matcher m = p.matcher(answer);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String original = tokens.get(m.group());
        m.appendReplacement(out, Matcher.quoteReplacement(original == null ? m.group() : original));
      }
      m.appendTail(out);
      return out.toString();
    }

    /**
     * The inverse of {@link #restore} for text about the code (a verdict, a counterexample) that
     * goes to the model in a later message: every name and string literal the mapping knows is
     * replaced with its token, names only as whole words. Values the code does not contain (such
     * as generated inputs) are left as they are.
     */
    public String hide(String text) {
      if (text == null || tokens.isEmpty()) return text;
      Map<String, String> forward = new HashMap<>();
      tokens.forEach((token, original) -> forward.put(original, token));
      List<String> originals = forward.keySet().stream()
          .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
      StringBuilder alternatives = new StringBuilder();
      for (String o : originals) {
        if (alternatives.length() > 0) alternatives.append('|');
        alternatives.append(o.startsWith("\"") ? Pattern.quote(o) : "\\b" + Pattern.quote(o) + "\\b");
      }
      Matcher m = Pattern.compile(alternatives.toString()).matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Matcher.quoteReplacement(forward.get(m.group())));
      }
      m.appendTail(out);
      return out.toString();
    }
  }

  /** Redacts a compilation unit (or fails if it does not parse). */
  public Redaction redact(String code) {
    ParseResult<CompilationUnit> r = parser.parse(code);
    if (!r.isSuccessful() || r.getResult().isEmpty()) throw new OptimizerException("cannot redact code that does not parse");
    CompilationUnit cu = r.getResult().get();
    cu.getAllContainedComments().forEach(Comment::remove);
    cu.getTypes().forEach(t -> t.getComment().ifPresent(c -> t.removeComment()));

    Set<String> keep = new HashSet<>(JDK_VOCABULARY);
    for (ImportDeclaration imp : cu.getImports()) {
      String name = imp.getNameAsString();
      if (WELL_KNOWN_PREFIXES.stream().anyMatch(name::startsWith)) keep.addAll(List.of(name.split("\\.")));
    }
    Map<String, String> forward = new LinkedHashMap<>();
    Map<String, String> back = new HashMap<>();
    Set<String> existing = new HashSet<>();
    cu.findAll(SimpleName.class).forEach(n -> existing.add(n.getIdentifier()));
    int[] counter = {0};
    java.util.function.Function<String, String> tokenFor = id -> forward.computeIfAbsent(id, k -> {
      String token;
      do {
        counter[0]++;
        token = (k.equals(k.toUpperCase()) && k.length() > 1 ? "ID_" : Character.isUpperCase(k.charAt(0)) ? "Id_" : "id_") + counter[0];
      } while (existing.contains(token));
      back.put(token, k);
      return token;
    });
    for (SimpleName n : cu.findAll(SimpleName.class)) {
      if (!keep.contains(n.getIdentifier())) n.setIdentifier(tokenFor.apply(n.getIdentifier()));
    }
    for (Name n : cu.findAll(Name.class)) {
      if (!keep.contains(n.getIdentifier())) n.setIdentifier(tokenFor.apply(n.getIdentifier()));
    }
    int strings = 0;
    for (StringLiteralExpr s : cu.findAll(StringLiteralExpr.class)) {
      String token = "s_" + (++strings);
      back.put("\"" + token + "\"", "\"" + s.getValue() + "\"");
      s.setValue(token);
    }
    for (TextBlockLiteralExpr s : cu.findAll(TextBlockLiteralExpr.class)) {
      String token = "s_" + (++strings);
      back.put("\"" + token + "\"", "\"\"\"\n" + s.getValue() + "\"\"\"");
      s.replace(new StringLiteralExpr(token));
    }
    return new Redaction(cu.toString(), back);
  }

  private static Set<String> jdkVocabulary() {
    Set<String> words = new HashSet<>(List.of("java", "javax", "lang", "util", "io", "nio", "time", "math", "text", "regex",
        "stream", "function", "concurrent", "file", "var", "record", "length", "args", "e", "i", "j", "k", "n", "x", "y",
        "T", "E", "K", "V", "R"));
    Class<?>[] classes = {
      Object.class, String.class, StringBuilder.class, StringBuffer.class, Math.class, Integer.class, Long.class,
      Double.class, Float.class, Short.class, Byte.class, Boolean.class, Character.class, Number.class, System.class,
      Iterable.class, Comparable.class, Runnable.class, Thread.class, Throwable.class, Exception.class,
      RuntimeException.class, IllegalArgumentException.class, IllegalStateException.class, NullPointerException.class,
      NumberFormatException.class, UnsupportedOperationException.class, IndexOutOfBoundsException.class,
      ArithmeticException.class, CharSequence.class, Enum.class, Record.class, Override.class, Deprecated.class,
      SuppressWarnings.class, FunctionalInterface.class, SafeVarargs.class, AutoCloseable.class, ThreadLocal.class,
      java.util.List.class, java.util.ArrayList.class, java.util.LinkedList.class, java.util.Map.class,
      java.util.HashMap.class, java.util.LinkedHashMap.class, java.util.TreeMap.class, java.util.Set.class,
      java.util.HashSet.class, java.util.LinkedHashSet.class, java.util.TreeSet.class, java.util.Collection.class,
      java.util.Collections.class, java.util.Arrays.class, java.util.Objects.class, java.util.Optional.class,
      java.util.Iterator.class, java.util.Deque.class, java.util.ArrayDeque.class, java.util.Queue.class,
      java.util.PriorityQueue.class, java.util.Comparator.class, java.util.Random.class, java.util.Locale.class,
      java.util.UUID.class, java.util.Vector.class, java.util.Hashtable.class, java.util.BitSet.class,
      java.util.Map.Entry.class, java.util.stream.Stream.class, java.util.stream.IntStream.class,
      java.util.stream.LongStream.class, java.util.stream.DoubleStream.class, java.util.stream.Collectors.class,
      java.util.regex.Pattern.class, java.util.regex.Matcher.class, java.util.function.Function.class,
      java.util.function.BiFunction.class, java.util.function.Supplier.class, java.util.function.Consumer.class,
      java.util.function.Predicate.class, java.util.function.IntFunction.class, java.util.concurrent.ConcurrentHashMap.class,
      java.util.concurrent.atomic.AtomicInteger.class, java.util.concurrent.atomic.AtomicLong.class,
      java.time.LocalDate.class, java.time.LocalDateTime.class, java.time.Instant.class, java.time.Duration.class,
      java.time.format.DateTimeFormatter.class, java.text.SimpleDateFormat.class, java.text.DecimalFormat.class,
      java.math.BigDecimal.class, java.math.BigInteger.class, java.io.InputStream.class, java.io.OutputStream.class,
      java.io.Reader.class, java.io.Writer.class, java.io.BufferedReader.class, java.io.BufferedWriter.class,
      java.io.IOException.class, java.io.File.class, java.io.PrintStream.class, java.nio.file.Files.class,
      java.nio.file.Path.class, java.nio.charset.StandardCharsets.class
    };
    for (Class<?> c : classes) {
      words.add(c.getSimpleName());
      for (Method m : c.getMethods()) words.add(m.getName());
      for (Field f : c.getFields()) words.add(f.getName());
    }
    return Set.copyOf(words);
  }
}
