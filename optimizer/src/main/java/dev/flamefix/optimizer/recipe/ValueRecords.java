package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Records of the project that are values all the way down: declared in source, not generic, every
 * component accepted by a given test (an immutable value, or for keys one with value equality),
 * and no hand-written accessor, {@code equals} or {@code hashCode} (so reading a component is
 * reading a final field, and equality is component-wise).
 */
final class ValueRecords {
  private ValueRecords() {}

  /** Is {@code t} such a record whose components all satisfy {@code component}? */
  static boolean isValueRecord(ResolvedType t, Predicate<ResolvedType> component) {
    if (!t.isReferenceType()) return false;
    try {
      Optional<RecordDeclaration> record = t.asReferenceType().getTypeDeclaration()
          .flatMap(d -> d.toAst(RecordDeclaration.class));
      if (record.isEmpty() || !record.get().getTypeParameters().isEmpty()) return false;
      boolean handWritten = record.get().getMethods().stream().anyMatch(m -> m.getParameters().size() <= 1
          && (m.getNameAsString().equals("equals") || m.getNameAsString().equals("hashCode")
              || record.get().getParameters().stream().anyMatch(c -> c.getNameAsString().equals(m.getNameAsString()))));
      return !handWritten && record.get().getParameters().stream().allMatch(c -> component.test(c.getType().resolve()));
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }
}
