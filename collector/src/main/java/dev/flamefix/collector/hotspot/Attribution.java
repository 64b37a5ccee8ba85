package dev.flamefix.collector.hotspot;

import dev.flamefix.collector.ingest.FrameNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides which frame of a stack a sample is charged to (SPEC §2): the sample's cost belongs to
 * its leaf, but JDK, library, native and kernel frames are charged to the nearest application
 * frame below them (towards the root), because that is the code a patch can change. A stack with
 * no application frame at all (GC, JIT compiler threads) is charged to no method.
 *
 * <p>Classification, first match wins: kernel ({@code _[k]}) and native (anything that is not a
 * {@code Class.method} name) frames; configured application packages; JDK packages; configured
 * library packages; then, when no application package is configured, {@link
 * #KNOWN_LIBRARY_PACKAGES} are libraries and everything else is application, while with
 * application packages configured everything else is a library.
 *
 * <p>Immutable and thread-safe; classifications are cached.
 */
public final class Attribution {

  /** Packages of the JDK itself. */
  public static final List<String> JDK_PACKAGES =
      List.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "org.openjdk.", "org.graalvm.");

  /**
   * Widely used third-party packages; treated as libraries when no application package is
   * configured, so that an unconfigured install still charges framework frames to user code.
   */
  public static final List<String> KNOWN_LIBRARY_PACKAGES =
      List.of(
          "org.springframework.", "org.apache.", "com.fasterxml.", "io.netty.", "ch.qos.logback.",
          "org.slf4j.", "com.google.", "org.hibernate.", "io.micrometer.", "reactor.", "kotlin.",
          "kotlinx.", "scala.", "groovy.", "org.codehaus.groovy.", "org.eclipse.", "org.junit.",
          "org.h2.", "com.zaxxer.", "io.grpc.", "okhttp3.", "okio.", "io.pyroscope.",
          "one.profiler.", "net.bytebuddy.", "org.aspectj.", "org.postgresql.", "com.mysql.",
          "org.jboss.", "io.undertow.", "org.glassfish.", "jakarta.", "org.yaml.", "io.vertx.",
          "io.opentelemetry.", "io.prometheus.", "com.github.benmanes.caffeine.",
          "org.openjdk.jmh.", "org.mockito.", "org.assertj.", "io.reactivex.", "rx.",
          "com.squareup.", "org.bouncycastle.", "org.jooq.", "org.mybatis.", "org.quartz.",
          "org.thymeleaf.", "feign.", "retrofit2.", "com.amazonaws.", "software.amazon.");

  private static final Attribution DEFAULTS = builder().build();

  private final List<String> applicationPackages;
  private final List<String> libraryPackages;
  private final ConcurrentHashMap<String, FrameKind> cache = new ConcurrentHashMap<>();

  private Attribution(List<String> applicationPackages, List<String> libraryPackages) {
    this.applicationPackages = List.copyOf(applicationPackages);
    this.libraryPackages = List.copyOf(libraryPackages);
  }

  /** No application package configured: everything not JDK, native or a known library is ours. */
  public static Attribution defaults() {
    return DEFAULTS;
  }

  /** A builder with nothing configured. */
  public static Builder builder() {
    return new Builder();
  }

  /** Application package prefixes as configured, each ending in a dot. */
  public List<String> applicationPackages() {
    return applicationPackages;
  }

  /** Extra library package prefixes as configured, each ending in a dot. */
  public List<String> libraryPackages() {
    return libraryPackages;
  }

  /** The kind of a frame in canonical form ({@link FrameNames#canonical(String)}). */
  public FrameKind classify(String frame) {
    FrameKind k = cache.get(frame);
    if (k == null) {
      k = classifyUncached(frame);
      if (cache.size() < 200_000) { // bounded: frames come from untrusted payloads
        cache.put(frame, k);
      }
    }
    return k;
  }

  /** Whether the frame is application code. */
  public boolean isApplication(String frame) {
    return classify(frame) == FrameKind.APPLICATION;
  }

  /**
   * The index (root first) of the frame this stack's samples are charged to: the leaf-most
   * application frame, or -1 if the stack has none.
   */
  public int attributedIndex(List<String> stack) {
    for (int i = stack.size() - 1; i >= 0; i--) {
      if (isApplication(stack.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private FrameKind classifyUncached(String frame) {
    if (frame.endsWith(FrameNames.KERNEL_SUFFIX)) {
      return FrameKind.KERNEL;
    }
    if (!FrameNames.isJavaMethod(frame)) {
      return FrameKind.NATIVE;
    }
    if (startsWithAny(frame, applicationPackages)) {
      return FrameKind.APPLICATION;
    }
    if (startsWithAny(frame, JDK_PACKAGES)) {
      return FrameKind.JDK;
    }
    if (startsWithAny(frame, libraryPackages)) {
      return FrameKind.LIBRARY;
    }
    if (!applicationPackages.isEmpty()) {
      return FrameKind.LIBRARY;
    }
    return startsWithAny(frame, KNOWN_LIBRARY_PACKAGES)
        ? FrameKind.LIBRARY
        : FrameKind.APPLICATION;
  }

  private static boolean startsWithAny(String frame, List<String> prefixes) {
    for (int i = 0; i < prefixes.size(); i++) {
      if (frame.startsWith(prefixes.get(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "Attribution{application=" + applicationPackages + ", libraries=" + libraryPackages + "}";
  }

  /** Builds {@link Attribution}. */
  public static final class Builder {
    private final List<String> application = new ArrayList<>();
    private final List<String> library = new ArrayList<>();

    private Builder() {}

    /**
     * Adds application packages, e.g. {@code com.acme} or {@code com/acme} (both mean {@code
     * com.acme.*}). Blank entries are ignored, so a split configuration string can be passed.
     */
    public Builder applicationPackages(Collection<String> packages) {
      packages.forEach(p -> add(application, p));
      return this;
    }

    /** Varargs form of {@link #applicationPackages(Collection)}. */
    public Builder applicationPackages(String... packages) {
      return applicationPackages(List.of(packages));
    }

    /** Adds third-party packages to charge to the application code that calls them. */
    public Builder libraryPackages(Collection<String> packages) {
      packages.forEach(p -> add(library, p));
      return this;
    }

    /** Varargs form of {@link #libraryPackages(Collection)}. */
    public Builder libraryPackages(String... packages) {
      return libraryPackages(List.of(packages));
    }

    private static void add(List<String> into, String pkg) {
      if (pkg == null || pkg.isBlank()) {
        return;
      }
      String p = pkg.trim().replace('/', '.');
      if (p.endsWith(".*")) {
        p = p.substring(0, p.length() - 1);
      }
      if (!p.endsWith(".")) {
        p = p + ".";
      }
      if (!into.contains(p)) {
        into.add(p);
      }
    }

    /** The configured attribution. */
    public Attribution build() {
      return new Attribution(application, library);
    }
  }
}
