package dev.flamefix.validator.compile;

/**
 * One source file handed to the compiler.
 *
 * @param owner who the errors belong to (a request id)
 * @param side {@code "original"}, {@code "candidate"} or {@code "benchmark"}
 * @param binaryName the top-level class name the file declares, e.g. {@code com.acme.Foo__candidate}
 * @param source the Java source
 * @param displayName how the class is named in error messages (the name the caller knows)
 */
public record SourceUnit(String owner, String side, String binaryName, String source,
    String displayName) {}
