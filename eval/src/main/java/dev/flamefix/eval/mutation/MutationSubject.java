package dev.flamefix.eval.mutation;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.flamefix.eval.suite.EvalProgram;
import dev.flamefix.validator.compile.ClassRenamer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A class whose target methods are mutated.
 *
 * @param id short name in the report (a suite program id, or the class's simple name)
 * @param className fully qualified name of the class mutated
 * @param sources every source compiled for it (class name to text), the class's own included
 * @param targets names of the methods mutated and checked
 * @param correctRewrites correct rewrites of the class (label to whole source), checked the same
 *     way as a control: differential testing must let them through
 */
public record MutationSubject(String id, String className, Map<String, String> sources,
    List<String> targets, Map<String, String> correctRewrites) {

  /** Copies the collections. */
  public MutationSubject {
    sources = Map.copyOf(sources);
    targets = List.copyOf(targets);
    correctRewrites = Map.copyOf(correctRewrites);
  }

  /** The source of the mutated class. */
  public String source() {
    return sources.get(className);
  }

  /** The class's simple name. */
  public String simpleName() {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /**
   * A suite program: its slow version is mutated at its targets; its reference fix (when it
   * differs) is the correct rewrite.
   */
  public static MutationSubject of(EvalProgram program) {
    List<String> targets = program.targets().stream()
        .map(t -> t.substring(t.indexOf('#') + 1)).distinct().toList();
    Map<String, String> rewrites = program.referenceSource().equals(program.slowSource())
        ? Map.of() : Map.of("reference", program.referenceSource());
    return new MutationSubject(program.id(), program.className(),
        Map.of(program.className(), program.slowSource()), targets, rewrites);
  }

  /**
   * A class from a source file: every method it declares is a target, and the other {@code .java}
   * files of its directory are compiled with it (the examples' {@code Order} record, say).
   */
  public static MutationSubject ofFile(Path file) {
    String source = read(file);
    TypeDeclaration<?> type = ClassRenamer.parse(source).getType(0);
    String pkg = ClassRenamer.packageOf(source);
    String className = (pkg.isEmpty() ? "" : pkg + ".") + type.getNameAsString();
    Map<String, String> sources = new LinkedHashMap<>();
    try (Stream<Path> siblings = Files.list(file.toAbsolutePath().getParent())) {
      for (Path p : siblings.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String text = read(p);
        String own = ClassRenamer.packageOf(text);
        String name = ClassRenamer.parse(text).getType(0).getNameAsString();
        sources.put((own.isEmpty() ? "" : own + ".") + name, text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> targets = new ArrayList<>();
    for (MethodDeclaration m : type.getMethods()) {
      if (!targets.contains(m.getNameAsString())) {
        targets.add(m.getNameAsString());
      }
    }
    return new MutationSubject(type.getNameAsString(), className, sources, targets, Map.of());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
