package dev.flamefix.validator.coverage.reach;

import java.util.List;

/**
 * A compared method with a precondition, as the reachability proof needs it.
 *
 * @param name the method's name
 * @param descriptor its JVM descriptor in the class analysed
 * @param parameterNames the names the precondition uses, by position (the original's, which the
 *     precondition was checked against, also for the candidate whatever it calls them)
 * @param precondition the precondition's Java expression
 */
public record ComparedMethod(String name, String descriptor, List<String> parameterNames,
    String precondition) {

  /** Copies. */
  public ComparedMethod {
    parameterNames = List.copyOf(parameterNames);
  }
}
