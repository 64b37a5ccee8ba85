package dev.flamefix.collector.hotspot;

/** What a frame belongs to, for attribution. */
public enum FrameKind {
  /** Code of the profiled application: the only kind a patch can change. */
  APPLICATION,
  /** The JDK: {@code java.}, {@code javax.}, {@code jdk.}, {@code sun.}, {@code com.sun.} ... */
  JDK,
  /** A third-party library, configured or known. */
  LIBRARY,
  /** Native code: JVM internals, C libraries, {@code [unknown]}, {@code [libfoo.so]}. */
  NATIVE,
  /** Kernel frames, {@code _[k]}. */
  KERNEL
}
