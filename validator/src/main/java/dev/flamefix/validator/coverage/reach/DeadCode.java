package dev.flamefix.validator.coverage.reach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;

/**
 * What of a compiled method no input satisfying its precondition can run: the lines none of whose
 * instructions any path reaches, and per line the conditional-jump outcomes no path takes. It is
 * a proof over {@link InputDomain}'s tuples by {@link Explorer}, so it holds for every input the
 * differential child admits, whatever the unknown parameters, fields and calls do.
 *
 * <p>It claims nothing (empty) when the precondition enumerates no domain, the exploration gives
 * up, or the method may be entered other than by the harness: when any method of its class or
 * nested classes calls or references it (a recursive call may pass inputs outside the
 * precondition), or when it calls into a class outside its nest and the JDK (which could call back).
 */
public final class DeadCode {

  /**
   * The proof for one method.
   *
   * @param precondition the precondition assumed
   * @param deadLines lines of the method, and of no other method of the class or its nested
   *     classes, none of whose instructions can run
   * @param branches per such line with code reached: its branches as JaCoCo counts them (two per
   *     conditional jump, one per distinct target of a switch, default included)
   * @param infeasibleBranches per line in {@code branches}: those no path takes
   */
  public record Proof(String precondition, Set<Integer> deadLines, Map<Integer, Integer> branches,
      Map<Integer, Integer> infeasibleBranches) {

    /** Whether JaCoCo's missed branches on {@code line} are exactly the infeasible ones. */
    public boolean onlyInfeasibleMissed(int line, long missed, long total) {
      Integer b = branches.get(line);
      return b != null && total == b && missed == infeasibleBranches.get(line);
    }
  }

  private DeadCode() {}

  /**
   * The proof for {@code method} in {@code classBytes}, with {@code nest} the bytes of its nested
   * classes; empty when nothing can be claimed.
   */
  public static Optional<Proof> prove(byte[] classBytes, List<byte[]> nest, ComparedMethod method) {
    ClassNode type = read(classBytes);
    MethodNode target = type.methods.stream()
        .filter(m -> m.name.equals(method.name()) && m.desc.equals(method.descriptor()))
        .findFirst().orElse(null);
    if (target == null || target.instructions.size() == 0) {
      return Optional.empty();
    }
    List<ClassNode> classes = new ArrayList<>(List.of(type));
    nest.forEach(b -> classes.add(read(b)));
    if (enteredOtherwise(type.name, target, classes)) {
      return Optional.empty();
    }
    List<Param> params = params(target, method.parameterNames());
    if (params == null) {
      return Optional.empty();
    }
    Optional<InputDomain> domain = InputDomain.derive(method.precondition(), params);
    if (domain.isEmpty()) {
      return Optional.empty();
    }
    Explorer explorer = new Explorer(target);
    try {
      for (long[] tuple : domain.get().tuples()) {
        explorer.explore(entryLocals(target, params, domain.get().params(), tuple));
      }
    } catch (Explorer.GiveUp | RuntimeException e) {
      // Budget spent, or bytecode the model does not follow: no claim at all.
      return Optional.empty();
    }
    return Optional.of(proof(method.precondition(), target, explorer, otherLines(classes, target)));
  }

  private static ClassNode read(byte[] bytes) {
    ClassNode node = new ClassNode();
    new ClassReader(bytes).accept(node, ClassReader.SKIP_FRAMES);
    return node;
  }

  /** Whether anything but the harness may call the method, possibly outside its precondition. */
  private static boolean enteredOtherwise(String owner, MethodNode target, List<ClassNode> classes) {
    for (ClassNode c : classes) {
      for (MethodNode m : c.methods) {
        for (AbstractInsnNode insn : m.instructions) {
          if (insn instanceof MethodInsnNode call && call.owner.equals(owner)
              && call.name.equals(target.name) && call.desc.equals(target.desc)) {
            return true;
          }
          if (insn instanceof InvokeDynamicInsnNode indy) {
            for (Object arg : indy.bsmArgs) {
              if (arg instanceof Handle h && h.getOwner().equals(owner)
                  && h.getName().equals(target.name) && h.getDesc().equals(target.desc)) {
                return true;
              }
            }
          }
        }
      }
    }
    for (AbstractInsnNode insn : target.instructions) {
      if (insn instanceof MethodInsnNode call && !call.owner.equals(owner)
          && !call.owner.startsWith(owner + "$") && !jdk(call.owner)) {
        return true;
      }
    }
    return false;
  }

  private static boolean jdk(String internalName) {
    String name = internalName.startsWith("[") ? Type.getType(internalName).getElementType()
        .getInternalName() : internalName;
    return name.startsWith("java/") || name.startsWith("javax/") || name.startsWith("jdk/")
        || name.startsWith("sun/") || name.length() == 1;
  }

  /** The parameters with their slots, or {@code null} when the names do not fit the descriptor. */
  private static List<Param> params(MethodNode target, List<String> names) {
    Type[] types = Type.getArgumentTypes(target.desc);
    if (types.length != names.size()) {
      return null;
    }
    List<Param> out = new ArrayList<>();
    int slot = (target.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
    for (int i = 0; i < types.length; i++) {
      char kind = types[i].getDescriptor().charAt(0);
      out.add(new Param(names.get(i), kind == '[' ? 'L' : kind, slot));
      slot += types[i].getSize();
    }
    return out;
  }

  private static Val[] entryLocals(MethodNode target, List<Param> params, List<Param> known,
      long[] tuple) {
    Val[] locals = new Val[Math.max(target.maxLocals, 1)];
    java.util.Arrays.fill(locals, Val.TOP);
    if ((target.access & Opcodes.ACC_STATIC) == 0) {
      locals[0] = Val.REF;
    }
    for (Param p : params) {
      locals[p.slot()] = Val.unknown(p.kind());
    }
    for (int i = 0; i < known.size(); i++) {
      Param p = known.get(i);
      locals[p.slot()] = p.kind() == 'J' ? Val.ofLong(tuple[i]) : Val.ofInt(tuple[i]);
    }
    return locals;
  }

  /** Lines with code in any method but {@code target}, in the class and its nest. */
  private static Set<Integer> otherLines(List<ClassNode> classes, MethodNode target) {
    Set<Integer> out = new HashSet<>();
    for (ClassNode c : classes) {
      for (MethodNode m : c.methods) {
        if (m == target) {
          continue;
        }
        for (AbstractInsnNode insn : m.instructions) {
          if (insn instanceof LineNumberNode line) {
            out.add(line.line);
          }
        }
      }
    }
    return out;
  }

  private static Proof proof(String precondition, MethodNode target, Explorer explorer,
      Set<Integer> otherLines) {
    Map<Integer, Boolean> lineReached = new HashMap<>();
    Map<Integer, Integer> branches = new HashMap<>();
    Map<Integer, Integer> infeasible = new HashMap<>();
    // JaCoCo rewrites the branches of a switch on a String (hashCode switch plus equals tests)
    // and of pattern switches; their lines are never claimed.
    boolean filteredSwitches = hasFilteredSwitch(target);
    Set<Integer> unclaimed = new HashSet<>();
    int line = -1;
    int at = 0;
    for (AbstractInsnNode insn : target.instructions) {
      if (insn instanceof LineNumberNode l) {
        line = l.line;
      } else if (insn.getOpcode() >= 0 && line > 0) {
        lineReached.merge(line, explorer.reached.get(at), Boolean::logicalOr);
        Set<LabelNode> targets = switchTargets(insn);
        if (targets != null) {
          if (filteredSwitches) {
            unclaimed.add(line);
          }
          // JaCoCo counts a switch's distinct targets (cases sharing a body count once).
          Set<LabelNode> taken = explorer.switchTargets.getOrDefault(at, Set.of());
          branches.merge(line, targets.size(), Integer::sum);
          infeasible.merge(line, (int) targets.stream().filter(t -> !taken.contains(t)).count(),
              Integer::sum);
        } else if (insn instanceof JumpInsnNode && insn.getOpcode() != Opcodes.GOTO
            && insn.getOpcode() != Opcodes.JSR) {
          branches.merge(line, 2, Integer::sum);
          int missed = (explorer.jumped.get(at) ? 0 : 1) + (explorer.fellThrough.get(at) ? 0 : 1);
          infeasible.merge(line, missed, Integer::sum);
        }
      }
      at++;
    }
    Set<Integer> dead = new TreeSet<>();
    lineReached.forEach((l, reached) -> {
      if (!reached && !otherLines.contains(l)) {
        dead.add(l);
      }
    });
    unclaimed.forEach(branches::remove);
    branches.keySet().removeIf(l -> otherLines.contains(l) || dead.contains(l));
    infeasible.keySet().retainAll(branches.keySet());
    return new Proof(precondition, dead, branches, infeasible);
  }

  /** The distinct targets of a switch instruction (default included), or null for any other. */
  private static Set<LabelNode> switchTargets(AbstractInsnNode insn) {
    if (insn instanceof TableSwitchInsnNode t) {
      Set<LabelNode> out = new HashSet<>(t.labels);
      out.add(t.dflt);
      return out;
    }
    if (insn instanceof LookupSwitchInsnNode t) {
      Set<LabelNode> out = new HashSet<>(t.labels);
      out.add(t.dflt);
      return out;
    }
    return null;
  }

  /** A switch on a String or a pattern/enum bootstrap, whose branches JaCoCo's filters recount. */
  private static boolean hasFilteredSwitch(MethodNode target) {
    for (AbstractInsnNode insn : target.instructions) {
      if (insn instanceof MethodInsnNode call && call.owner.equals("java/lang/String")
          && call.name.equals("hashCode")) {
        return true;
      }
      if (insn instanceof InvokeDynamicInsnNode indy
          && indy.bsm.getOwner().equals("java/lang/runtime/SwitchBootstraps")) {
        return true;
      }
    }
    return false;
  }
}
