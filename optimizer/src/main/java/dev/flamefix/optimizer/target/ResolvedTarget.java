package dev.flamefix.optimizer.target;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import java.nio.file.Path;

/**
 * A target found in source: the file, its full text, the parsed unit and the one method meant.
 *
 * @param target what was asked for
 * @param file the source file that declares it
 * @param sourceRoot the root the file was found under, or null for a single file
 * @param source the file's text, exactly as read
 * @param unit the parsed file (symbol solver attached)
 * @param method the resolved declaration inside {@code unit}
 */
public record ResolvedTarget(
    MethodTarget target, Path file, Path sourceRoot, String source, CompilationUnit unit, MethodDeclaration method) {

  /** Signature as JavaParser prints it, e.g. {@code bar(int, String)}. */
  public String signature() {
    return method.getSignature().asString();
  }

}
