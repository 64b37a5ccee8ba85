package dev.flamefix.kb;

/**
 * A retrieved case and its inner-product similarity to the query (in [-1, 1] for normalised
 * vectors; higher is closer).
 *
 * @param match the stored case ({@code case} is a Java keyword, hence the name)
 * @param similarity inner product of the query vector and the case's vector
 */
public record ScoredCase(Case match, double similarity) {}
