package dev.flamefix.validator.sandbox;

/**
 * What a sandboxed process did.
 *
 * @param exitCode the exit status, or -1 when it was killed for running too long
 * @param timedOut whether the wall-clock limit was hit and the process tree was killed
 * @param wallMillis how long it ran
 * @param stdout the kept part of standard output (head and tail, bounded)
 * @param stderr the kept part of standard error (head and tail, bounded)
 * @param network the network isolation it ran under
 */
public record ProcessResult(int exitCode, boolean timedOut, long wallMillis, String stdout,
    String stderr, NetworkIsolation network) {}
