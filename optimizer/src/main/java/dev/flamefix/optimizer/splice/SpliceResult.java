package dev.flamefix.optimizer.splice;

import java.util.List;

/**
 * A patched compilation unit.
 *
 * @param patchedSource the whole file after splicing; it parses
 * @param changedMethods signatures of target methods whose code changed
 * @param addedMembers private helpers and constants that were added
 * @param addedImports imports that were added
 */
public record SpliceResult(
    String patchedSource, List<String> changedMethods, List<String> addedMembers, List<String> addedImports) {
  public SpliceResult {
    changedMethods = List.copyOf(changedMethods);
    addedMembers = List.copyOf(addedMembers);
    addedImports = List.copyOf(addedImports);
  }
}
