package dev.flamefix.validator.differential;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Whether a compared method can recurse, read from the bytecode: from the method, the calls into
 * its own class and the classes of its nest (nested types, lambda bodies) are followed, and a
 * call cycle among them means the stack depth may grow with the input. Only such methods get the
 * deep-input probe, so a method that cannot recurse costs nothing more.
 *
 * <p>A call is matched by name and descriptor against every method of the nest, not only the
 * owner the instruction names: a composite's {@code size()} calling its children's {@code size()}
 * through an abstract type or interface of the nest is a cycle too. That over-approximates (two
 * unrelated nested types with a method of the same name and shape), which only costs a probe.
 * Recursion through classes outside the nest is not seen.
 */
final class Recursion {

  private Recursion() {}

  /** Whether a call cycle among the methods of {@code method}'s nest is reachable from it. */
  static boolean reachable(Method method) {
    Map<String, List<MethodNode>> byShape = new HashMap<>();
    Set<String> owners = new HashSet<>();
    for (Class<?> member : nest(method.getDeclaringClass())) {
      ClassNode node = read(member);
      if (node == null) {
        continue;
      }
      owners.add(node.name);
      for (MethodNode m : node.methods) {
        byShape.computeIfAbsent(m.name + m.desc, k -> new ArrayList<>()).add(m);
      }
    }
    List<MethodNode> start = byShape.getOrDefault(
        method.getName() + Type.getMethodDescriptor(method), List.of());
    Set<MethodNode> done = new HashSet<>();
    Set<MethodNode> onPath = new HashSet<>();
    for (MethodNode m : start) {
      if (cycle(m, byShape, owners, onPath, done)) {
        return true;
      }
    }
    return false;
  }

  /** Depth-first: a callee already on the current path closes a cycle. */
  private static boolean cycle(MethodNode m, Map<String, List<MethodNode>> byShape,
      Set<String> owners, Set<MethodNode> onPath, Set<MethodNode> done) {
    if (onPath.contains(m)) {
      return true;
    }
    if (!done.add(m)) {
      return false;
    }
    onPath.add(m);
    for (String callee : callees(m, owners)) {
      for (MethodNode next : byShape.getOrDefault(callee, List.of())) {
        if (cycle(next, byShape, owners, onPath, done)) {
          return true;
        }
      }
    }
    onPath.remove(m);
    return false;
  }

  /** Name and descriptor of each method of the nest that {@code m} calls or makes a lambda of. */
  private static Set<String> callees(MethodNode m, Set<String> owners) {
    Set<String> out = new LinkedHashSet<>();
    if (m.instructions == null) {
      return out;
    }
    for (AbstractInsnNode insn : m.instructions) {
      if (insn instanceof MethodInsnNode call && owners.contains(call.owner)) {
        out.add(call.name + call.desc);
      } else if (insn instanceof InvokeDynamicInsnNode indy) {
        for (Object arg : indy.bsmArgs) {
          if (arg instanceof Handle h && owners.contains(h.getOwner())) {
            out.add(h.getName() + h.getDesc());
          }
        }
      }
    }
    return out;
  }

  /** The class's nest (itself, its host and the host's members); just the class if unreadable. */
  private static List<Class<?>> nest(Class<?> type) {
    try {
      List<Class<?>> out = new ArrayList<>(List.of(type.getNestHost().getNestMembers()));
      if (!out.contains(type)) {
        out.add(type);
      }
      return out;
    } catch (RuntimeException | LinkageError e) {
      return List.of(type);
    }
  }

  private static ClassNode read(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    if (loader == null) {
      return null;
    }
    try (InputStream in = loader.getResourceAsStream(type.getName().replace('.', '/') + ".class")) {
      if (in == null) {
        return null;
      }
      ClassNode node = new ClassNode();
      new ClassReader(in).accept(node, ClassReader.SKIP_FRAMES | ClassReader.SKIP_DEBUG);
      return node;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
