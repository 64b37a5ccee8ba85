package dev.flamefix.optimizer.target;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds a {@link MethodTarget} in a source root (standard {@code pkg/Outer.java} layout first, then
 * any file declaring the package) or in one given file.
 */
public final class TargetResolver {
  private final Path location;
  private final Path sourceRoot;
  private final JavaParser parser;

  /** @param location a source root directory or a single {@code .java} file */
  public TargetResolver(Path location) {
    if (!Files.exists(location)) {
      throw new TargetResolutionException("source location " + location + " does not exist");
    }
    this.location = location;
    this.sourceRoot = Files.isDirectory(location) ? location : null;
    this.parser = JavaSources.parser(sourceRoot);
  }

  /** Resolves the target or throws {@link TargetResolutionException} saying which and why. */
  public ResolvedTarget resolve(MethodTarget target) {
    FoundType found = findType(target);
    List<MethodDeclaration> named = found.type.getMethodsByName(target.methodName());
    if (named.isEmpty()) {
      throw new TargetResolutionException(
          "unknown method " + target + ": class " + target.className() + " in " + found.file
              + " declares no method named '" + target.methodName() + "' (methods: "
              + found.type.getMethods().stream().map(m -> m.getSignature().asString()).distinct().sorted()
                  .collect(Collectors.joining(", ")) + ")");
    }
    List<MethodDeclaration> matching = named;
    if (target.parameterTypes().isPresent()) {
      List<String> wanted = target.parameterTypes().get().stream().map(TargetResolver::normaliseType).toList();
      matching = named.stream().filter(m -> paramTypes(m).equals(wanted)).toList();
      if (matching.isEmpty()) {
        throw new TargetResolutionException(
            "unknown overload " + target + ": no '" + target.methodName() + "' takes (" + String.join(",", wanted)
                + "); declared: " + describe(named));
      }
    }
    if (matching.size() > 1) {
      throw new TargetResolutionException(
          "ambiguous target " + target + ": " + matching.size() + " overloads of '" + target.methodName()
              + "'; name one with a parameter list, e.g. " + target.className() + "#"
              + matching.get(0).getSignature().asString().replace(" ", "") + "; overloads: " + describe(matching));
    }
    return new ResolvedTarget(target, found.file, sourceRoot, found.source, found.unit, matching.get(0));
  }

  /** Convenience: parses and resolves {@code spec}. */
  public ResolvedTarget resolve(String spec) {
    try {
      return resolve(MethodTarget.parse(spec));
    } catch (IllegalArgumentException e) {
      throw new TargetResolutionException(e.getMessage(), e);
    }
  }

  private static String describe(List<MethodDeclaration> methods) {
    return methods.stream().map(m -> m.getSignature().asString()).collect(Collectors.joining(", "));
  }

  static List<String> paramTypes(MethodDeclaration m) {
    List<String> out = new ArrayList<>();
    for (Parameter p : m.getParameters()) {
      out.add(normaliseType(p.getType().asString() + (p.isVarArgs() ? "[]" : "")));
    }
    return out;
  }

  /** {@code java.util.Map<K,V>} and {@code Map} compare equal; {@code T...} equals {@code T[]}. */
  static String normaliseType(String type) {
    String t = type.strip().replace("...", "[]");
    StringBuilder noGenerics = new StringBuilder();
    int depth = 0;
    for (char c : t.toCharArray()) {
      if (c == '<') depth++;
      else if (c == '>') depth--;
      else if (depth == 0 && !Character.isWhitespace(c)) noGenerics.append(c);
    }
    String s = noGenerics.toString();
    int dims = s.indexOf('[');
    String base = dims >= 0 ? s.substring(0, dims) : s;
    String suffix = dims >= 0 ? s.substring(dims) : "";
    base = base.replace('$', '.');
    base = base.substring(base.lastIndexOf('.') + 1);
    return base + suffix;
  }

  private record FoundType(Path file, String source, CompilationUnit unit, TypeDeclaration<?> type) {}

  private FoundType findType(MethodTarget target) {
    String[] parts = target.className().split("\\.");
    if (sourceRoot == null) {
      FoundType t = lookIn(location, parts);
      if (t == null) {
        throw new TargetResolutionException(
            "unknown class " + target.className() + ": " + location + " does not declare it");
      }
      return t;
    }
    // Standard layout: the longest prefix that names a file is the top-level class.
    for (int i = parts.length; i >= 1; i--) {
      Path candidate = sourceRoot.resolve(String.join("/", Arrays.copyOfRange(parts, 0, i)) + ".java");
      if (Files.isRegularFile(candidate)) {
        FoundType t = lookIn(candidate, parts);
        if (t != null) return t;
      }
    }
    // Non-standard layout: scan every file (a secondary top-level class, or a misplaced file).
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String text = read(p);
        String pkg = target.className().contains(".") ? target.className().substring(0, target.className().lastIndexOf('.')) : "";
        if (!text.contains(target.simpleClassName())) continue;
        if (!pkg.isEmpty() && !text.contains(parts[0])) continue;
        FoundType t = lookIn(p, parts);
        if (t != null) return t;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new TargetResolutionException(
        "unknown class " + target.className() + ": not found under source root " + sourceRoot);
  }

  /** Returns the type named by {@code parts} if {@code file} declares it, else null. */
  private FoundType lookIn(Path file, String[] parts) {
    String source = read(file);
    CompilationUnit unit = JavaSources.parse(parser, source, file.toString());
    String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    String[] pkgParts = pkg.isEmpty() ? new String[0] : pkg.split("\\.");
    if (parts.length <= pkgParts.length || !Arrays.equals(Arrays.copyOfRange(parts, 0, pkgParts.length), pkgParts)) {
      return null;
    }
    String[] typePath = Arrays.copyOfRange(parts, pkgParts.length, parts.length);
    Optional<TypeDeclaration<?>> top = Optional.empty();
    for (TypeDeclaration<?> t : unit.getTypes()) {
      if (t.getNameAsString().equals(typePath[0])) top = Optional.<TypeDeclaration<?>>of(t);
    }
    if (top.isEmpty()) return null;
    TypeDeclaration<?> current = top.get();
    for (int i = 1; i < typePath.length; i++) {
      String name = typePath[i];
      TypeDeclaration<?> inner = null;
      for (var m : current.getMembers()) {
        if (m instanceof TypeDeclaration<?> td && td.getNameAsString().equals(name)) inner = td;
      }
      if (inner == null) {
        throw new TargetResolutionException(
            "unknown class " + String.join(".", parts) + ": " + current.getNameAsString() + " in " + file
                + " has no nested type '" + name + "' (nested: "
                + current.getMembers().stream().filter(m -> m instanceof TypeDeclaration<?>)
                    .map(m -> ((NodeWithSimpleName<?>) m).getNameAsString()).collect(Collectors.joining(", ")) + ")");
      }
      current = inner;
    }
    return new FoundType(file, source, unit, current);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new TargetResolutionException("cannot read " + p + ": " + e.getMessage(), e);
    }
  }
}
