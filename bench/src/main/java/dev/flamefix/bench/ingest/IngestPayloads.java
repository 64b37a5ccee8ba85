package dev.flamefix.bench.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * A synthetic but realistic ingest payload: what async-profiler's collapsed output of a busy
 * service looks like for one window. Stacks grow from shared prefixes (thread entry, framework,
 * handler), mix application, framework, JDK, native and kernel frames in async-profiler's own
 * spelling ({@code com/acme/Foo.bar}, {@code _[k]}), are 20 to 60 frames deep and carry skewed
 * counts. Deterministic for a given seed.
 */
public final class IngestPayloads {

  private IngestPayloads() {}

  /** The collapsed text, uncompressed. */
  public static byte[] collapsed(int distinctStacks, long totalSamples, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> app = names(r, 400, "com/acme/shop/", new String[] {"order", "cart", "pricing", "search", "user", "report"});
    List<String> lib = names(r, 300, "org/springframework/", new String[] {"web/servlet", "beans/factory", "aop/framework", "transaction/support"});
    List<String> jdk = names(r, 300, "java/", new String[] {"util", "lang", "util/stream", "util/concurrent", "io", "lang/invoke"});
    String[] nativeFrames = {
      "[unknown]", "__memmove_avx_unaligned_erms", "OptoRuntime::new_array_C", "MemAllocator::allocate",
      "SharedRuntime::resolve_virtual_call_C", "JavaThread::thread_main_inner", "os::javaTimeNanos",
      "clock_gettime", "__pthread_cond_wait", "futex_wait_[k]", "do_syscall_64_[k]",
      "entry_SYSCALL_64_after_hwframe_[k]", "clear_page_erms_[k]", "asm_exc_page_fault_[k]"
    };
    String[] roots = {
      "java/lang/Thread.run;java/util/concurrent/ThreadPoolExecutor$Worker.run;"
          + "java/util/concurrent/ThreadPoolExecutor.runWorker;org/apache/tomcat/util/threads/TaskThread$WrappingRunnable.run",
      "java/lang/Thread.run;io/netty/util/concurrent/FastThreadLocalRunnable.run;"
          + "io/netty/channel/nio/NioEventLoop.run",
      "start_thread;thread_native_entry;Thread::call_run;JavaThread::thread_main_inner"
    };
    List<String[]> stacks = new ArrayList<>(distinctStacks);
    java.util.HashSet<String> seen = new java.util.HashSet<>();
    while (stacks.size() < distinctStacks) {
      int depth = 20 + r.nextInt(41);
      String[] s = new String[depth];
      int from;
      if (!stacks.isEmpty() && r.nextInt(10) < 8) {
        // Share a prefix with an earlier stack, as sibling call paths do.
        String[] parent = stacks.get(r.nextInt(stacks.size()));
        from = Math.min(parent.length, depth) * (3 + r.nextInt(6)) / 10;
        System.arraycopy(parent, 0, s, 0, from);
      } else {
        String[] root = roots[r.nextInt(roots.length)].split(";");
        from = Math.min(root.length, depth);
        System.arraycopy(root, 0, s, 0, from);
      }
      for (int i = from; i < depth; i++) {
        int leafZone = depth - i;
        int pick = r.nextInt(100);
        if (leafZone <= 3 && pick < 35) {
          s[i] = nativeFrames[r.nextInt(nativeFrames.length)];
        } else if (pick < 45) {
          s[i] = app.get(skewed(r, app.size()));
        } else if (pick < 70) {
          s[i] = lib.get(skewed(r, lib.size()));
        } else {
          s[i] = jdk.get(skewed(r, jdk.size()));
        }
      }
      if (seen.add(String.join(";", s))) {
        stacks.add(s);
      }
    }
    // Skewed counts (a few hot stacks, a long tail of single samples) summing to totalSamples.
    long[] counts = new long[distinctStacks];
    long sum = 0;
    for (int i = 0; i < distinctStacks; i++) {
      counts[i] = 1 + (r.nextInt(100) < 10 ? r.nextInt(200) : r.nextInt(3));
      sum += counts[i];
    }
    if (sum > totalSamples) {
      throw new IllegalArgumentException("totalSamples too small for " + distinctStacks + " stacks");
    }
    counts[0] += totalSamples - sum;
    StringBuilder out = new StringBuilder(distinctStacks * 2000);
    for (int i = 0; i < distinctStacks; i++) {
      out.append(String.join(";", stacks.get(i))).append(' ').append(counts[i]).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** gzip of {@code raw}, as agents send it. */
  public static byte[] gzip(byte[] raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length / 8);
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** An index in {@code [0, n)} with low indexes much likelier (u² of a uniform u): a few hot stacks, a long tail. */
  public static int skewed(SplittableRandom r, int n) {
    double u = r.nextDouble();
    return (int) (u * u * n);
  }

  private static List<String> names(SplittableRandom r, int n, String prefix, String[] packages) {
    List<String> out = new ArrayList<>(n);
    String[] verbs = {"handle", "process", "apply", "compute", "load", "find", "render", "validate", "map", "invoke"};
    for (int i = 0; i < n; i++) {
      String pkg = packages[r.nextInt(packages.length)];
      String cls = "C" + Integer.toString(i / 4, 36) + (i % 3 == 0 ? "$Inner" : "");
      out.add(prefix + pkg + "/" + cls + "." + verbs[r.nextInt(verbs.length)] + i);
    }
    return out;
  }
}
