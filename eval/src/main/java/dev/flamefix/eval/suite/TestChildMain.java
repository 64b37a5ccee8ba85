package dev.flamefix.eval.suite;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Entry point of the child JVM that {@link ProgramTester} starts: {@code TestChildMain
 * <jobs.json> <results.jsonl> <perTestTimeoutMillis>}. Each job's classes get their own class
 * loader; each result line is flushed as soon as it is known so a crash or timeout loses only the
 * tests not yet run.
 */
public final class TestChildMain {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TestChildMain() {}

  /** Runs every job in the jobs file and appends one JSON line per test to the results file. */
  public static void main(String[] args) throws Exception {
    Path jobsFile = Path.of(args[0]);
    Path resultsFile = Path.of(args[1]);
    long perTestMillis = Long.parseLong(args[2]);
    // Program output would only interleave with ours; the protocol is the results file.
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    System.setOut(quiet);
    System.setErr(quiet);
    List<ChildJob> jobs =
        JSON.readValue(
            jobsFile.toFile(), JSON.getTypeFactory().constructCollectionType(List.class, ChildJob.class));
    try (BufferedWriter out =
        Files.newBufferedWriter(
            resultsFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      for (ChildJob job : jobs) {
        runJob(job, perTestMillis, out);
      }
    }
    System.exit(0);
  }

  private static void runJob(ChildJob job, long perTestMillis, BufferedWriter out)
      throws IOException {
    Class<?> cls;
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {Path.of(job.classesDir()).toUri().toURL()},
            ClassLoader.getPlatformClassLoader());
    try {
      cls = Class.forName(job.className(), true, loader);
    } catch (Throwable e) {
      for (int i = 0; i < job.tests().size(); i++) {
        write(out, new ChildResult(job.key(), i, job.tests().get(i).method(), false,
            "cannot load " + job.className() + ": " + e));
      }
      return;
    }
    for (int i = 0; i < job.tests().size(); i++) {
      TestCase test = job.tests().get(i);
      String message;
      try {
        message = runTest(cls, test, perTestMillis);
      } catch (Throwable e) {
        message = "harness error: " + e;
      }
      write(out, new ChildResult(job.key(), i, test.method(), message == null, message == null ? "ok" : message));
    }
  }

  /** Runs one test; returns null when it passed, else why not. */
  static String runTest(Class<?> cls, TestCase test, long perTestMillis) throws Exception {
    Method method = (Method) find(cls.getDeclaredMethods(), test.method(), test.args().size());
    if (method == null) {
      return "no method " + test.method() + " with " + test.args().size() + " parameters";
    }
    method.setAccessible(true);
    Object receiver = null;
    if (!Modifier.isStatic(method.getModifiers())) {
      ArrayNode ctorArgs = test.ctor() == null ? JSON.createArrayNode() : test.ctor();
      Constructor<?> ctor = (Constructor<?>) find(cls.getDeclaredConstructors(), null, ctorArgs.size());
      if (ctor == null) {
        return "no constructor of " + cls.getName() + " with " + ctorArgs.size() + " parameters";
      }
      ctor.setAccessible(true);
      receiver = ctor.newInstance(convert(ctorArgs, ctor.getGenericParameterTypes()));
    }
    Object[] callArgs = convert(test.args(), method.getGenericParameterTypes());
    Object target = receiver;
    FutureTask<Object> call = new FutureTask<>(() -> method.invoke(target, callArgs));
    Thread worker = new Thread(call, "eval-test");
    worker.setDaemon(true);
    worker.start();
    Object result;
    try {
      result = call.get(perTestMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return "timed out after " + perTestMillis + " ms";
    } catch (ExecutionException e) {
      Throwable thrown = e.getCause();
      if (thrown instanceof InvocationTargetException ite && ite.getCause() != null) {
        thrown = ite.getCause();
      }
      if (test.throwsType() != null && thrown.getClass().getName().equals(test.throwsType())) {
        return null;
      }
      return (test.throwsType() == null ? "unexpected " : "expected " + test.throwsType() + " but got ")
          + thrown.getClass().getName() + ": " + thrown.getMessage();
    }
    if (test.throwsType() != null) {
      return "expected " + test.throwsType() + " but returned " + clip(String.valueOf(result));
    }
    JsonNode actual = JSON.valueToTree(result);
    return JsonComparison.difference(test.expected(), actual, test.effectiveTolerance());
  }

  private static Executable find(Executable[] candidates, String name, int arity) {
    List<Executable> matches = new ArrayList<>();
    for (Executable e : candidates) {
      if (e.isSynthetic() || (e instanceof Method m && m.isBridge())) {
        continue;
      }
      if ((name == null || e.getName().equals(name)) && e.getParameterCount() == arity) {
        matches.add(e);
      }
    }
    // Prefer public members, then a stable order, so the choice does not depend on reflection order.
    matches.sort((a, b) -> {
      int pa = Modifier.isPublic(a.getModifiers()) ? 0 : 1;
      int pb = Modifier.isPublic(b.getModifiers()) ? 0 : 1;
      return pa != pb ? pa - pb : Arrays.toString(a.getParameterTypes()).compareTo(Arrays.toString(b.getParameterTypes()));
    });
    return matches.isEmpty() ? null : matches.get(0);
  }

  private static Object[] convert(ArrayNode args, Type[] types) {
    Object[] values = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      JavaType type = JSON.getTypeFactory().constructType(types[i]);
      values[i] = JSON.convertValue(args.get(i), type);
    }
    return values;
  }

  private static void write(BufferedWriter out, ChildResult result) throws IOException {
    out.write(JSON.writeValueAsString(result));
    out.newLine();
    out.flush();
  }

  private static String clip(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }
}
