package dev.flamefix.validator.coverage.reach;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Abstract execution of one method's bytecode over {@link Val}s, path by path without merging:
 * a branch on known values follows the edge the JVM would take, one on an unknown value forks.
 * Everything not modelled (calls, fields, arrays, objects, floating point) is unknown, which only
 * ever adds paths. A path is cut where it meets a state already explored at a jump target, and an
 * instruction seen too often widens the values that keep changing to unknown, so loops end. Any
 * instruction inside a try range may throw, so its handler is entered with that instruction's
 * locals. What it records is an over-approximation of what can run.
 */
final class Explorer {
  /** Instructions executed over all paths of all inputs before giving up. */
  static final int STEP_BUDGET = 2_000_000;
  /** Visits of one jump target, per input, before its changing values are widened to unknown. */
  private static final int WIDEN_AFTER = 64;

  private final InsnList insns;
  private final boolean[] joins;
  private final List<List<Integer>> handlers = new ArrayList<>();
  private final Set<State> seen = new HashSet<>();
  private final int[] visits;
  private final State[] anchors;
  private int steps;

  /** Instructions reached. */
  final BitSet reached = new BitSet();
  /** Conditional jumps whose jump was taken. */
  final BitSet jumped = new BitSet();
  /** Conditional jumps that fell through. */
  final BitSet fellThrough = new BitSet();
  /** Per switch instruction, the target labels taken (default included). */
  final Map<Integer, Set<LabelNode>> switchTargets = new HashMap<>();

  private record State(int at, List<Val> locals, List<Val> stack) {}

  /** Thrown when the method cannot be explored (budget, an unmodelled construct). */
  static final class GiveUp extends Exception {
    GiveUp(String why) {
      super(why, null, false, false);
    }
  }

  Explorer(MethodNode method) {
    this.insns = method.instructions;
    int n = insns.size();
    this.joins = new boolean[n];
    this.visits = new int[n];
    this.anchors = new State[n];
    for (int i = 0; i < n; i++) {
      handlers.add(new ArrayList<>());
    }
    for (AbstractInsnNode insn : insns) {
      if (insn instanceof JumpInsnNode j) {
        joins[insns.indexOf(j.label)] = true;
      } else if (insn instanceof TableSwitchInsnNode t) {
        joins[insns.indexOf(t.dflt)] = true;
        t.labels.forEach(l -> joins[insns.indexOf(l)] = true);
      } else if (insn instanceof LookupSwitchInsnNode t) {
        joins[insns.indexOf(t.dflt)] = true;
        t.labels.forEach(l -> joins[insns.indexOf(l)] = true);
      }
    }
    for (TryCatchBlockNode block : method.tryCatchBlocks) {
      int handler = insns.indexOf(block.handler);
      joins[handler] = true;
      for (int i = insns.indexOf(block.start); i < insns.indexOf(block.end); i++) {
        handlers.get(i).add(handler);
      }
    }
  }

  /** Explores every path from the entry with {@code locals} (slots as the JVM numbers them). */
  void explore(Val[] locals) throws GiveUp {
    // Widening counts per input: another tuple's visits say nothing about this one's loops.
    Arrays.fill(visits, 0);
    Arrays.fill(anchors, null);
    Deque<State> work = new ArrayDeque<>();
    work.push(new State(0, List.of(locals), List.of()));
    while (!work.isEmpty()) {
      State s = work.pop();
      if (joins[s.at]) {
        s = widened(s);
        if (!seen.add(s)) {
          continue;
        }
      }
      run(s, work);
    }
  }

  private State widened(State s) {
    if (++visits[s.at] == 1) {
      anchors[s.at] = s;
      return s;
    }
    if (visits[s.at] <= WIDEN_AFTER) {
      return s;
    }
    State a = anchors[s.at];
    return new State(s.at, merge(a.locals, s.locals), merge(a.stack, s.stack));
  }

  private static List<Val> merge(List<Val> anchor, List<Val> now) {
    if (anchor.size() != now.size()) {
      return now.stream().map(Val::forget).toList();
    }
    List<Val> out = new ArrayList<>(now.size());
    for (int i = 0; i < now.size(); i++) {
      out.add(now.get(i).equals(anchor.get(i)) ? now.get(i) : now.get(i).forget());
    }
    return out;
  }

  /** Runs one path from {@code s} until it ends or forks (forks are pushed on {@code work}). */
  private void run(State s, Deque<State> work) throws GiveUp {
    int at = s.at;
    Val[] locals = s.locals.toArray(new Val[0]);
    ArrayDeque<Val> stack = new ArrayDeque<>(s.stack.size() + 4);
    s.stack.forEach(stack::addLast);
    boolean first = true;
    while (true) {
      if (!first && joins[at]) {
        work.push(state(at, locals, stack));
        return;
      }
      first = false;
      if (++steps > STEP_BUDGET) {
        throw new GiveUp("more than " + STEP_BUDGET + " abstract steps");
      }
      AbstractInsnNode insn = insns.get(at);
      int op = insn.getOpcode();
      if (op < 0) {
        at++;
        continue;
      }
      reached.set(at);
      for (int handler : handlers.get(at)) {
        work.push(new State(handler, List.of(locals.clone()), List.of(Val.REF)));
      }
      Integer next = step(insn, at, op, locals, stack, work);
      if (next == null) {
        return;
      }
      at = next;
    }
  }

  private static State state(int at, Val[] locals, ArrayDeque<Val> stack) {
    return new State(at, List.of(locals.clone()), List.copyOf(stack));
  }

  /** Executes one instruction; the next index, or {@code null} when the path ends or forked. */
  private Integer step(AbstractInsnNode insn, int at, int op, Val[] locals, ArrayDeque<Val> stack,
      Deque<State> work) throws GiveUp {
    switch (op) {
      case NOP -> { }
      case ACONST_NULL -> stack.push(Val.REF);
      case ICONST_M1, ICONST_0, ICONST_1, ICONST_2, ICONST_3, ICONST_4, ICONST_5 ->
          stack.push(Val.ofInt(op - ICONST_0));
      case LCONST_0, LCONST_1 -> stack.push(Val.ofLong(op - LCONST_0));
      case FCONST_0, FCONST_1, FCONST_2 -> stack.push(Val.FLOAT);
      case DCONST_0, DCONST_1 -> stack.push(Val.DOUBLE);
      case BIPUSH, SIPUSH -> stack.push(Val.ofInt(((IntInsnNode) insn).operand));
      case LDC -> stack.push(ldc(((LdcInsnNode) insn).cst));
      case ILOAD, LLOAD, FLOAD, DLOAD, ALOAD -> stack.push(locals[((VarInsnNode) insn).var]);
      case ISTORE, FSTORE, ASTORE -> store(locals, ((VarInsnNode) insn).var, stack.pop());
      case LSTORE, DSTORE -> {
        int var = ((VarInsnNode) insn).var;
        store(locals, var, stack.pop());
        locals[var + 1] = Val.TOP;
      }
      case IINC -> {
        IincInsnNode inc = (IincInsnNode) insn;
        Val v = locals[inc.var];
        locals[inc.var] = v.known() ? Val.ofInt(v.value() + inc.incr) : Val.INT;
      }
      case IALOAD, BALOAD, CALOAD, SALOAD -> pops(stack, 2, Val.INT);
      case LALOAD -> pops(stack, 2, Val.LONG);
      case FALOAD -> pops(stack, 2, Val.FLOAT);
      case DALOAD -> pops(stack, 2, Val.DOUBLE);
      case AALOAD -> pops(stack, 2, Val.REF);
      case IASTORE, LASTORE, FASTORE, DASTORE, AASTORE, BASTORE, CASTORE, SASTORE -> pops(stack, 3, null);
      case POP -> stack.pop();
      case POP2 -> {
        if (!stack.pop().wide()) {
          stack.pop();
        }
      }
      case DUP -> stack.push(stack.peek());
      case DUP_X1 -> {
        Val a = stack.pop();
        Val b = stack.pop();
        stack.push(a);
        stack.push(b);
        stack.push(a);
      }
      case DUP_X2 -> {
        Val a = stack.pop();
        Val b = stack.pop();
        if (b.wide()) {
          stack.push(a);
          stack.push(b);
        } else {
          Val c = stack.pop();
          stack.push(a);
          stack.push(c);
          stack.push(b);
        }
        stack.push(a);
      }
      case DUP2 -> {
        Val a = stack.pop();
        if (a.wide()) {
          stack.push(a);
          stack.push(a);
        } else {
          Val b = stack.pop();
          stack.push(b);
          stack.push(a);
          stack.push(b);
          stack.push(a);
        }
      }
      case DUP2_X1, DUP2_X2, SWAP -> stackShuffle(op, stack);
      case IADD, ISUB, IMUL, IDIV, IREM, IAND, IOR, IXOR, ISHL, ISHR, IUSHR,
          LADD, LSUB, LMUL, LDIV, LREM, LAND, LOR, LXOR, LSHL, LSHR, LUSHR -> {
        Val b = stack.pop();
        Val a = stack.pop();
        boolean wide = a.kind() == 'J';
        if ((op == IDIV || op == IREM || op == LDIV || op == LREM) && b.known() && b.value() == 0) {
          // ArithmeticException: only a handler (entered above) goes on.
          return null;
        }
        Val unknown = wide ? Val.LONG : Val.INT;
        stack.push(!a.known() || !b.known() ? unknown : wide ? Val.ofLong(longOp(op, a.value(), b.value()))
            : Val.ofInt(intOp(op, (int) a.value(), (int) b.value())));
      }
      case INEG -> stack.push(map(stack.pop(), v -> Val.ofInt(-(int) v), Val.INT));
      case LNEG -> stack.push(map(stack.pop(), v -> Val.ofLong(-v), Val.LONG));
      case I2L -> stack.push(map(stack.pop(), Val::ofLong, Val.LONG));
      case L2I -> stack.push(map(stack.pop(), v -> Val.ofInt((int) v), Val.INT));
      case I2B -> stack.push(map(stack.pop(), v -> Val.ofInt((byte) v), Val.INT));
      case I2C -> stack.push(map(stack.pop(), v -> Val.ofInt((char) v), Val.INT));
      case I2S -> stack.push(map(stack.pop(), v -> Val.ofInt((short) v), Val.INT));
      case LCMP -> {
        Val b = stack.pop();
        Val a = stack.pop();
        stack.push(a.known() && b.known() ? Val.ofInt(Long.compare(a.value(), b.value())) : Val.INT);
      }
      case FADD, FSUB, FMUL, FDIV, FREM -> pops(stack, 2, Val.FLOAT);
      case DADD, DSUB, DMUL, DDIV, DREM -> pops(stack, 2, Val.DOUBLE);
      case FNEG, I2F, L2F, D2F -> pops(stack, 1, Val.FLOAT);
      case DNEG, I2D, L2D, F2D -> pops(stack, 1, Val.DOUBLE);
      case F2I, D2I -> pops(stack, 1, Val.INT);
      case F2L, D2L -> pops(stack, 1, Val.LONG);
      case FCMPL, FCMPG, DCMPL, DCMPG -> pops(stack, 2, Val.INT);
      case IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE -> {
        Val v = stack.pop();
        return branch(at, v.known() ? compare(op, v.value(), 0) : null, insn, locals, stack, work);
      }
      case IF_ICMPEQ, IF_ICMPNE, IF_ICMPLT, IF_ICMPGE, IF_ICMPGT, IF_ICMPLE -> {
        Val b = stack.pop();
        Val a = stack.pop();
        Boolean taken = a.known() && b.known() ? compare(op - IF_ICMPEQ + IFEQ, a.value(), b.value()) : null;
        return branch(at, taken, insn, locals, stack, work);
      }
      case IF_ACMPEQ, IF_ACMPNE -> {
        pops(stack, 2, null);
        return branch(at, null, insn, locals, stack, work);
      }
      case IFNULL, IFNONNULL -> {
        stack.pop();
        return branch(at, null, insn, locals, stack, work);
      }
      case GOTO -> {
        return insns.indexOf(((JumpInsnNode) insn).label);
      }
      case TABLESWITCH -> {
        TableSwitchInsnNode t = (TableSwitchInsnNode) insn;
        Val v = stack.pop();
        int i = v.known() && v.value() >= t.min && v.value() <= t.max ? (int) (v.value() - t.min) : -1;
        return switchTo(at, v, i, t.labels, t.dflt, locals, stack, work);
      }
      case LOOKUPSWITCH -> {
        LookupSwitchInsnNode t = (LookupSwitchInsnNode) insn;
        Val v = stack.pop();
        int i = v.known() ? t.keys.indexOf((int) v.value()) : -1;
        return switchTo(at, v, i, t.labels, t.dflt, locals, stack, work);
      }
      case IRETURN, LRETURN, FRETURN, DRETURN, ARETURN, RETURN, ATHROW -> {
        return null;
      }
      case GETSTATIC -> stack.push(Val.unknown(((FieldInsnNode) insn).desc.charAt(0)));
      case PUTSTATIC -> stack.pop();
      case GETFIELD -> pops(stack, 1, Val.unknown(((FieldInsnNode) insn).desc.charAt(0)));
      case PUTFIELD -> pops(stack, 2, null);
      case INVOKEVIRTUAL, INVOKESPECIAL, INVOKESTATIC, INVOKEINTERFACE -> {
        String desc = ((MethodInsnNode) insn).desc;
        call(stack, desc, op != INVOKESTATIC);
      }
      case INVOKEDYNAMIC -> call(stack, ((InvokeDynamicInsnNode) insn).desc, false);
      case NEW -> stack.push(Val.REF);
      case NEWARRAY, ANEWARRAY, CHECKCAST -> pops(stack, 1, Val.REF);
      case ARRAYLENGTH, INSTANCEOF -> pops(stack, 1, Val.INT);
      case MONITORENTER, MONITOREXIT -> stack.pop();
      case MULTIANEWARRAY -> pops(stack, ((MultiANewArrayInsnNode) insn).dims, Val.REF);
      default -> throw new GiveUp("unmodelled opcode " + op);
    }
    return at + 1;
  }

  private Integer branch(int at, Boolean taken, AbstractInsnNode insn, Val[] locals,
      ArrayDeque<Val> stack, Deque<State> work) {
    int target = insns.indexOf(((JumpInsnNode) insn).label);
    if (taken == null || taken) {
      jumped.set(at);
    }
    if (taken == null || !taken) {
      fellThrough.set(at);
    }
    if (taken == null) {
      work.push(state(target, locals, stack));
      return at + 1;
    }
    return taken ? target : at + 1;
  }

  /** A switch on {@code v}: the case {@code i} ({@code -1} for the default) when known, else all. */
  private Integer switchTo(int at, Val v, int i, List<LabelNode> labels, LabelNode dflt,
      Val[] locals, ArrayDeque<Val> stack, Deque<State> work) {
    List<LabelNode> targets = new ArrayList<>();
    if (v.known()) {
      targets.add(i >= 0 ? labels.get(i) : dflt);
    } else {
      targets.addAll(labels);
      targets.add(dflt);
    }
    Set<LabelNode> taken = switchTargets.computeIfAbsent(at, k -> new HashSet<>());
    for (LabelNode label : new HashSet<>(targets)) {
      taken.add(label);
      work.push(state(insns.indexOf(label), locals, stack));
    }
    return null;
  }

  private static void store(Val[] locals, int var, Val v) {
    // Overwriting the second half of a wide value kills the wide value.
    if (var > 0 && locals[var - 1].wide()) {
      locals[var - 1] = Val.TOP;
    }
    locals[var] = v;
  }

  private static void call(ArrayDeque<Val> stack, String desc, boolean receiver) {
    int args = Type.getArgumentTypes(desc).length + (receiver ? 1 : 0);
    pops(stack, args, Val.unknown(Type.getReturnType(desc).getDescriptor().charAt(0)));
  }

  private static void pops(ArrayDeque<Val> stack, int n, Val push) {
    for (int i = 0; i < n; i++) {
      stack.pop();
    }
    if (push != null) {
      stack.push(push);
    }
  }

  private static void stackShuffle(int op, ArrayDeque<Val> stack) {
    Val a = stack.pop();
    if (op == SWAP) {
      Val b = stack.pop();
      stack.push(a);
      stack.push(b);
      return;
    }
    // DUP2_X1 / DUP2_X2 by words: collect the top words, reinsert.
    List<Val> top = new ArrayList<>(List.of(a));
    if (!a.wide()) {
      top.add(0, stack.pop());
    }
    List<Val> under = new ArrayList<>();
    under.add(0, stack.pop());
    if (op == DUP2_X2 && !under.get(0).wide()) {
      under.add(0, stack.pop());
    }
    top.forEach(stack::push);
    under.forEach(stack::push);
    top.forEach(stack::push);
  }

  private static Val ldc(Object cst) {
    if (cst instanceof Integer i) {
      return Val.ofInt(i);
    }
    if (cst instanceof Long l) {
      return Val.ofLong(l);
    }
    if (cst instanceof Float) {
      return Val.FLOAT;
    }
    if (cst instanceof Double) {
      return Val.DOUBLE;
    }
    return cst instanceof org.objectweb.asm.ConstantDynamic c
        ? Val.unknown(c.getDescriptor().charAt(0)) : Val.REF;
  }

  private static Val map(Val v, java.util.function.LongFunction<Val> f, Val unknown) {
    return v.known() ? f.apply(v.value()) : unknown;
  }

  private static Boolean compare(int op, long a, long b) {
    return switch (op) {
      case IFEQ -> a == b;
      case IFNE -> a != b;
      case IFLT -> a < b;
      case IFGE -> a >= b;
      case IFGT -> a > b;
      default -> a <= b;
    };
  }

  private static int intOp(int op, int a, int b) {
    return switch (op) {
      case IADD -> a + b;
      case ISUB -> a - b;
      case IMUL -> a * b;
      case IDIV -> a / b;
      case IREM -> a % b;
      case IAND -> a & b;
      case IOR -> a | b;
      case IXOR -> a ^ b;
      case ISHL -> a << b;
      case ISHR -> a >> b;
      default -> a >>> b;
    };
  }

  private static long longOp(int op, long a, long b) {
    return switch (op) {
      case LADD -> a + b;
      case LSUB -> a - b;
      case LMUL -> a * b;
      case LDIV -> a / b;
      case LREM -> a % b;
      case LAND -> a & b;
      case LOR -> a | b;
      case LXOR -> a ^ b;
      // The shift distance is an int; the JVM uses its low six bits.
      case LSHL -> a << (int) b;
      case LSHR -> a >> (int) b;
      default -> a >>> (int) b;
    };
  }
}
