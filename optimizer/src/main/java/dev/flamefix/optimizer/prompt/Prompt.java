package dev.flamefix.optimizer.prompt;

/** The two chat messages sent to a model. */
public record Prompt(String system, String user) {}
