package dev.flamefix.optimizer.splice;

import java.util.List;

/**
 * A patched compilation unit.
 *
 * @param patchedSource the whole file after splicing; it parses
 * @param changedMethods signatures of the methods whose code changed: targets, then helpers
 * @param addedMembers methods, constants and nested types that were added
 * @param addedImports imports that were added
 * @param comparedHelpers the changed helper methods (not the targets) as validator selectors
 *     ({@code name(Type,...)}, type variables erased): each must be compared on its own next to
 *     the targets, because the targets' calls may never reach what changed in them
 */
public record SpliceResult(String patchedSource, List<String> changedMethods, List<String> addedMembers,
    List<String> addedImports, List<String> comparedHelpers) {
  public SpliceResult {
    changedMethods = List.copyOf(changedMethods);
    addedMembers = List.copyOf(addedMembers);
    addedImports = List.copyOf(addedImports);
    comparedHelpers = List.copyOf(comparedHelpers);
  }
}
