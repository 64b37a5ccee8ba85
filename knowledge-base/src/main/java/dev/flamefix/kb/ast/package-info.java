/**
 * JavaParser queries about loops and local variables, shared by the knowledge base's structural
 * features ({@code dev.flamefix.kb.embed.StructuralFeatures}) and the optimizer's recipes. They
 * look at syntax only: a name means the variable it spells, so callers that need more (types,
 * fields shadowing locals) check that themselves.
 *
 * <ul>
 *   <li>{@link dev.flamefix.kb.ast.Loops}: what is a loop, its body, the loops around a node and
 *       how many of them repeat it, and whether a name is invariant in a loop.
 *   <li>{@link dev.flamefix.kb.ast.Variables}: where a name is read, written and declared, and
 *       whether a method has exactly one local of that name.
 * </ul>
 */
package dev.flamefix.kb.ast;
