package dev.flamefix.validator.sandbox;

/**
 * What a kind of sandboxed child must be allowed to do beyond running its own code. All profiles
 * share the file rules of {@link Confinement}: the whole file system read-only, {@code /tmp}, the
 * user's home and the private directories replaced by empty private ones, the child's own scratch
 * directory writable.
 */
public enum ChildProfile {

  /**
   * Candidate code runs in the child itself (differential testing, the evaluation suite's tests):
   * it may start no process at all, enforced by the kernel ({@link NoProcessFilter}).
   */
  NO_PROCESSES,

  /**
   * JMH's host JVM: it starts the benchmark JVMs, so it may start processes, but the JVM it should
   * start ({@link Confinement#forkJvm()}) puts every fork, where candidate code runs, under the
   * same kernel filter as {@link #NO_PROCESSES}.
   */
  JMH_HOST,

  /**
   * The project's own build and test command (Maven, Gradle): build tools start compilers and
   * test JVMs, so processes are allowed; the file and network rules still hold, and the build
   * tool's caches in the home directory ({@code ~/.m2}, {@code ~/.gradle}) are readable.
   */
  BUILD_TOOL
}
