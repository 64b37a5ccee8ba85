package dev.flamefix.bench.load;

import dev.flamefix.bench.ingest.IngestPayloads;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The code paths of one synthetic Java service, and collapsed-stack windows sampled from them.
 *
 * <p>Every process of a service runs the same code, so its windows draw from one pool of stacks
 * rather than from fresh random names: that is what makes downsampling (merging windows) shrink
 * data, as it does on real fleets. Stacks grow from a few thread roots (Tomcat workers, Netty event
 * loops, JVM threads) through Spring, the service's own packages and the JDK, end in JIT, native or
 * kernel frames in async-profiler's spelling, are {@code minDepth..maxDepth} frames deep and share
 * prefixes the way sibling call paths do. Deterministic for a seed.
 */
public final class ServiceStacks {

  private static final String[] ROOTS = {
    "java/lang/Thread.run;java/util/concurrent/ThreadPoolExecutor$Worker.run;"
        + "java/util/concurrent/ThreadPoolExecutor.runWorker;"
        + "org/apache/tomcat/util/threads/TaskThread$WrappingRunnable.run;"
        + "org/apache/tomcat/util/net/SocketProcessorBase.run;"
        + "org/apache/coyote/AbstractProtocol$ConnectionHandler.process;"
        + "org/apache/coyote/http11/Http11Processor.service;"
        + "org/apache/catalina/connector/CoyoteAdapter.service;"
        + "org/apache/catalina/core/StandardWrapperValve.invoke;"
        + "org/apache/catalina/core/ApplicationFilterChain.doFilter;"
        + "org/springframework/web/servlet/FrameworkServlet.service;"
        + "org/springframework/web/servlet/DispatcherServlet.doDispatch;"
        + "org/springframework/web/servlet/mvc/method/annotation/RequestMappingHandlerAdapter.handleInternal;"
        + "org/springframework/web/method/support/InvocableHandlerMethod.invokeForRequest",
    "java/lang/Thread.run;io/netty/util/internal/ThreadExecutorMap$2.run;"
        + "io/netty/util/concurrent/SingleThreadEventExecutor$4.run;"
        + "io/netty/channel/nio/NioEventLoop.run;io/netty/channel/nio/NioEventLoop.processSelectedKeys",
    "java/lang/Thread.run;java/util/concurrent/ThreadPoolExecutor$Worker.run;"
        + "java/util/concurrent/ThreadPoolExecutor.runWorker;"
        + "java/util/concurrent/ScheduledThreadPoolExecutor$ScheduledFutureTask.run;"
        + "org/springframework/scheduling/support/DelegatingErrorHandlingRunnable.run",
    "java/lang/Thread.run;org/apache/kafka/clients/consumer/KafkaConsumer.poll;"
        + "org/springframework/kafka/listener/KafkaMessageListenerContainer$ListenerConsumer.run",
    "start_thread;thread_native_entry;Thread::call_run;GangWorker::loop;G1ParTask::work",
    "start_thread;thread_native_entry;Thread::call_run;JavaThread::thread_main_inner;"
        + "CompileBroker::compiler_thread_loop;C2Compiler::compile_method;Compile::Compile"
  };

  private static final String[] LEAVES = {
    "[unknown]", "__memmove_avx_unaligned_erms", "OptoRuntime::new_array_C",
    "MemAllocator::allocate", "SharedRuntime::resolve_virtual_call_C", "os::javaTimeNanos",
    "clock_gettime", "__pthread_cond_wait", "futex_wait_[k]", "do_syscall_64_[k]",
    "entry_SYSCALL_64_after_hwframe_[k]", "clear_page_erms_[k]", "asm_exc_page_fault_[k]",
    "java/lang/String.hashCode_[j]", "java/util/HashMap.getNode_[j]", "itable stub",
    "vtable stub", "Interpreter", "SpinPause", "__lock_text_start_[k]", "tcp_sendmsg_[k]"
  };

  private static final String[] VERBS = {
    "handle", "process", "apply", "compute", "load", "find", "render", "validate", "map",
    "invoke", "lambda$execute$0", "accept", "doFilterInternal", "toDto", "save", "query"
  };

  private final List<String[]> pool;
  private final long seed;

  private ServiceStacks(List<String[]> pool, long seed) {
    this.pool = pool;
    this.seed = seed;
  }

  /**
   * A service of {@code service} (e.g. {@code orders}) with {@code poolSize} distinct code paths.
   */
  public static ServiceStacks generate(String service, int poolSize, int minDepth, int maxDepth, long seed) {
    if (minDepth < 8 || maxDepth < minDepth) {
      throw new IllegalArgumentException("depth " + minDepth + ".." + maxDepth);
    }
    SplittableRandom r = new SplittableRandom(seed);
    String own = "com/acme/" + service.replaceAll("[^a-z0-9]", "") + "/";
    List<String> app = names(r, 300, own, new String[] {"api", "service", "domain", "repository", "mapper", "client"});
    List<String> lib = names(r, 250, "org/", new String[] {
        "springframework/aop/framework", "springframework/transaction/interceptor",
        "springframework/data/jpa/repository/support", "hibernate/internal", "hibernate/loader/ast",
        "springframework/jdbc/core", "apache/http/impl/client", "springframework/web/client"});
    List<String> jdk = names(r, 250, "java/", new String[] {
        "util", "lang", "util/stream", "util/concurrent", "io", "lang/invoke", "time/format",
        "util/regex", "math", "net"});
    List<String> jdbc = names(r, 60, "", new String[] {
        "com/zaxxer/hikari/pool", "org/postgresql/jdbc", "org/postgresql/core/v3",
        "com/fasterxml/jackson/databind/ser", "com/fasterxml/jackson/core/json"});
    List<String[]> pool = new ArrayList<>(poolSize);
    Set<String> seen = new HashSet<>();
    while (pool.size() < poolSize) {
      int depth = minDepth + r.nextInt(maxDepth - minDepth + 1);
      String[] s = new String[depth];
      int from;
      if (!pool.isEmpty() && r.nextInt(10) < 8) {
        String[] parent = pool.get(r.nextInt(pool.size()));
        from = Math.min(parent.length, depth) * (3 + r.nextInt(6)) / 10;
        System.arraycopy(parent, 0, s, 0, from);
      } else {
        String[] root = ROOTS[r.nextInt(ROOTS.length)].split(";");
        from = Math.min(root.length, depth);
        System.arraycopy(root, 0, s, 0, from);
      }
      for (int i = from; i < depth; i++) {
        int pick = r.nextInt(100);
        if (depth - i <= 2 && pick < 40) {
          s[i] = LEAVES[r.nextInt(LEAVES.length)];
        } else if (pick < 35) {
          s[i] = app.get(IngestPayloads.skewed(r, app.size()));
        } else if (pick < 60) {
          s[i] = lib.get(IngestPayloads.skewed(r, lib.size()));
        } else if (pick < 68) {
          s[i] = jdbc.get(IngestPayloads.skewed(r, jdbc.size()));
        } else {
          s[i] = jdk.get(IngestPayloads.skewed(r, jdk.size()));
        }
      }
      if (seen.add(String.join(";", s))) {
        pool.add(s);
      }
    }
    return new ServiceStacks(pool, seed);
  }

  /** Distinct code paths of this service. */
  public int poolSize() {
    return pool.size();
  }

  /**
   * One window's collapsed text: {@code distinctStacks} stacks of the pool (hot paths more often),
   * with skewed counts summing to {@code totalSamples}.
   */
  public Window window(int distinctStacks, long totalSamples, long windowSeed) {
    if (distinctStacks > pool.size() || totalSamples < distinctStacks) {
      throw new IllegalArgumentException(distinctStacks + " stacks, " + totalSamples + " samples");
    }
    SplittableRandom r = new SplittableRandom(seed * 31 + windowSeed);
    Set<Integer> picked = new HashSet<>();
    List<String[]> chosen = new ArrayList<>(distinctStacks);
    while (chosen.size() < distinctStacks) {
      int i = IngestPayloads.skewed(r, pool.size());
      if (picked.add(i)) {
        chosen.add(pool.get(i));
      }
    }
    long[] counts = new long[distinctStacks];
    long sum = 0;
    for (int i = 0; i < distinctStacks; i++) {
      counts[i] = 1;
      sum++;
    }
    // A few hot stacks take most samples, a long tail keeps one or two: as on real services.
    while (sum < totalSamples) {
      int i = IngestPayloads.skewed(r, distinctStacks);
      long add = Math.min(totalSamples - sum, 1 + r.nextInt(4));
      counts[i] += add;
      sum += add;
    }
    StringBuilder out = new StringBuilder(distinctStacks * 1500);
    for (int i = 0; i < distinctStacks; i++) {
      out.append(String.join(";", chosen.get(i))).append(' ').append(counts[i]).append('\n');
    }
    byte[] raw = out.toString().getBytes(StandardCharsets.UTF_8);
    return new Window(IngestPayloads.gzip(raw), raw.length, distinctStacks, totalSamples);
  }

  /**
   * One window as an agent sends it.
   *
   * @param gzip the gzip-compressed collapsed text (the request body)
   * @param rawBytes size of the collapsed text
   * @param stacks distinct stacks
   * @param samples total samples
   */
  public record Window(byte[] gzip, int rawBytes, int stacks, long samples) {}

  private static List<String> names(SplittableRandom r, int n, String prefix, String[] packages) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String pkg = packages[r.nextInt(packages.length)];
      String cls = CLASS_WORDS[r.nextInt(CLASS_WORDS.length)] + CLASS_WORDS[r.nextInt(CLASS_WORDS.length)]
          + (i % 5 == 0 ? "$" + (1 + r.nextInt(3)) : "");
      out.add(prefix + pkg + "/" + cls + "." + VERBS[r.nextInt(VERBS.length)]);
    }
    return out;
  }

  private static final String[] CLASS_WORDS = {
    "Order", "Price", "Cart", "Customer", "Invoice", "Stock", "Catalog", "Payment", "Shipment",
    "Request", "Response", "Handler", "Service", "Repository", "Mapper", "Client", "Cache",
    "Factory", "Support", "Executor", "Entity", "Query", "Resolver", "Converter", "Filter"
  };
}
