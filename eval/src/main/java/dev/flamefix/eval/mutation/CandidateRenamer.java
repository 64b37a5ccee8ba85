package dev.flamefix.eval.mutation;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * Renames compiled classes the way the validator renames a candidate's source: the top-level class
 * {@code p/Foo} becomes {@code p/Foo__candidateN}, and its nested classes {@code p/Foo$Bar} become
 * {@code p/Foo__candidateN$Bar}, so the differential engine pairs nested types exactly as it does
 * for a source-level rewrite. Every reference (descriptors, method handles, nest and inner-class
 * attributes, {@code Foo.class} constants) is rewritten; string literals are not, as with source.
 */
final class CandidateRenamer {

  private CandidateRenamer() {}

  /**
   * {@code classBytes} with {@code original} (an internal name, {@code p/Foo}) and its nested
   * classes renamed to {@code candidate}.
   */
  static byte[] rename(byte[] classBytes, String original, String candidate) {
    Remapper remapper = new Remapper() {
      @Override
      public String map(String internalName) {
        if (internalName.equals(original)) {
          return candidate;
        }
        if (internalName.startsWith(original + "$")) {
          return candidate + internalName.substring(original.length());
        }
        return internalName;
      }
    };
    ClassReader reader = new ClassReader(classBytes);
    // No COMPUTE_FRAMES: renaming changes no instruction, and computing frames would need to
    // load the project's classes here.
    ClassWriter writer = new ClassWriter(0);
    reader.accept(new ClassRemapper(writer, remapper), 0);
    return writer.toByteArray();
  }

  /** The internal name {@code original} renamed, for nested class files. */
  static String renamedName(String internalName, String original, String candidate) {
    return internalName.equals(original) ? candidate
        : candidate + internalName.substring(original.length());
  }
}
