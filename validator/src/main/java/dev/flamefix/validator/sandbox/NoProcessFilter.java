package dev.flamefix.validator.sandbox;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A seccomp program (classic BPF, as {@code bwrap --seccomp} loads it) that lets a process make
 * threads but never another process: {@code clone} without {@code CLONE_THREAD}, {@code fork} and
 * {@code vfork} fail with {@code EPERM}; {@code clone3}, whose flags sit behind a pointer the
 * filter cannot read, fails with {@code ENOSYS} so that the C library falls back to {@code clone}
 * for threads (the same rule Docker's default profile uses). Every other system call is allowed.
 *
 * <p>The kernel applies it to the process and everything it runs, so it holds against any code in
 * the JVM, native code included. {@code execve} stays allowed: {@code bwrap} loads the filter
 * before it starts the child command, and replacing the JVM's own image starts no new process.
 *
 * <p>Calls of a foreign ABI ({@code int 0x80} on x86-64, the x32 ABI) all fail with {@code EPERM}.
 */
public final class NoProcessFilter {

  private static final int EPERM = 1;
  private static final int ENOSYS = 38;
  private static final int CLONE_THREAD = 0x00010000;
  private static final int X32_SYSCALL_BIT = 0x40000000;

  private static final int RET_ALLOW = 0x7fff0000;
  private static final int RET_ERRNO = 0x00050000;

  private static final short LD_W_ABS = 0x20;
  private static final short JEQ_K = 0x15;
  private static final short JGE_K = 0x35;
  private static final short JSET_K = 0x45;
  private static final short RET_K = 0x06;

  private static final int OFFSET_NR = 0;
  private static final int OFFSET_ARCH = 4;
  /** Low 32 bits of the first argument (little-endian), where clone's flags are. */
  private static final int OFFSET_ARG0 = 16;

  /**
   * System call numbers of one architecture.
   *
   * @param auditArch the {@code AUDIT_ARCH_*} value the kernel reports
   * @param x32Bit whether numbers with the x32 bit set must be refused
   * @param cloneNr number of {@code clone}
   * @param clone3Nr number of {@code clone3}
   * @param forks numbers of {@code fork} and {@code vfork} (none on arm64)
   */
  private record Arch(int auditArch, boolean x32Bit, int cloneNr, int clone3Nr, List<Integer> forks) {}

  private static final Arch X86_64 = new Arch(0xC000003E, true, 56, 435, List.of(57, 58));
  private static final Arch AARCH64 = new Arch(0xC00000B7, false, 220, 435, List.of());

  private NoProcessFilter() {}

  /** The program for this JVM's architecture, or empty where it is not known (then say so). */
  public static Optional<byte[]> forCurrentArch() {
    String arch = System.getProperty("os.arch", "");
    return switch (arch) {
      case "amd64", "x86_64" -> Optional.of(program(X86_64));
      case "aarch64", "arm64" -> Optional.of(program(AARCH64));
      default -> Optional.empty();
    };
  }

  private static byte[] program(Arch arch) {
    List<Insn> code = new ArrayList<>();
    code.add(Insn.load(OFFSET_ARCH));
    code.add(Insn.jump(JEQ_K, arch.auditArch(), Label.NEXT, Label.EPERM));
    code.add(Insn.load(OFFSET_NR));
    if (arch.x32Bit()) {
      code.add(Insn.jump(JGE_K, X32_SYSCALL_BIT, Label.EPERM, Label.NEXT));
    }
    code.add(Insn.jump(JEQ_K, arch.cloneNr(), Label.CLONE, Label.NEXT));
    code.add(Insn.jump(JEQ_K, arch.clone3Nr(), Label.ENOSYS, Label.NEXT));
    for (int fork : arch.forks()) {
      code.add(Insn.jump(JEQ_K, fork, Label.EPERM, Label.NEXT));
    }
    code.add(Insn.ret(RET_ALLOW));
    Map<Label, Integer> at = new EnumMap<>(Label.class);
    at.put(Label.CLONE, code.size());
    code.add(Insn.load(OFFSET_ARG0));
    code.add(Insn.jump(JSET_K, CLONE_THREAD, Label.ALLOW, Label.EPERM));
    at.put(Label.ALLOW, code.size());
    code.add(Insn.ret(RET_ALLOW));
    at.put(Label.EPERM, code.size());
    code.add(Insn.ret(RET_ERRNO | EPERM));
    at.put(Label.ENOSYS, code.size());
    code.add(Insn.ret(RET_ERRNO | ENOSYS));

    // struct sock_filter { u16 code; u8 jt; u8 jf; u32 k; } in the kernel's byte order.
    ByteBuffer out = ByteBuffer.allocate(code.size() * 8).order(ByteOrder.nativeOrder());
    for (int i = 0; i < code.size(); i++) {
      Insn insn = code.get(i);
      out.putShort(insn.code()).put(offset(i, insn.whenTrue(), at)).put(offset(i, insn.whenFalse(),
          at)).putInt(insn.k());
    }
    return out.array();
  }

  /** Where a conditional jump goes; {@link #NEXT} is the following instruction. */
  private enum Label { NEXT, CLONE, ALLOW, EPERM, ENOSYS }

  private record Insn(short code, int k, Label whenTrue, Label whenFalse) {
    static Insn load(int offset) {
      return new Insn(LD_W_ABS, offset, Label.NEXT, Label.NEXT);
    }

    static Insn ret(int value) {
      return new Insn(RET_K, value, Label.NEXT, Label.NEXT);
    }

    static Insn jump(short code, int k, Label whenTrue, Label whenFalse) {
      return new Insn(code, k, whenTrue, whenFalse);
    }
  }

  private static byte offset(int at, Label label, Map<Label, Integer> targets) {
    int distance = label == Label.NEXT ? 0 : targets.get(label) - at - 1;
    if (distance < 0 || distance > 255) {
      throw new IllegalStateException("BPF jump out of range: " + distance);
    }
    return (byte) distance;
  }
}
