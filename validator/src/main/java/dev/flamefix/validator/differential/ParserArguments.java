package dev.flamefix.validator.differential;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Strings a constructor's or factory's {@code String} parameters must be, read from what the code
 * hands them to: a parameter passed straight (or through {@code trim}/{@code strip}/case mapping)
 * to a JDK parser such as {@code ZoneId.of}, {@code Locale.forLanguageTag}, {@code
 * LocalDate.parse}, {@code new DecimalFormat} or an enum's {@code valueOf} gets that parser's
 * accepted forms as samples. Random strings are never a zone id, so a class built from {@code
 * (long gunEpochMillis, String zoneId)} could not be built at all and every method on it went
 * unchecked (held-out {@code hv05-marathon-splits}).
 *
 * <p>Only what the bytecode shows: a parameter stored in a field and parsed later, or parsed by
 * the project's own code, gets no samples (the generator's strings are used as before).
 */
final class ParserArguments {

  /** Accepted forms per JDK parser, keyed by {@code owner.name} (internal owner name). */
  private static final Map<String, List<String>> SAMPLES = new HashMap<>();

  static {
    List<String> zones = List.of("UTC", "Z", "Europe/Paris", "America/New_York", "Asia/Kolkata",
        "Australia/Lord_Howe", "Pacific/Chatham", "+05:30", "America/St_Johns");
    SAMPLES.put("java/time/ZoneId.of", zones);
    SAMPLES.put("java/util/TimeZone.getTimeZone", zones);
    SAMPLES.put("java/time/ZoneOffset.of", List.of("Z", "+01:00", "-05:30", "+14:00", "-12:00"));
    List<String> tags = List.of("en-US", "de-DE", "fr", "tr-TR", "ja-JP", "ar-EG", "hi-IN", "");
    SAMPLES.put("java/util/Locale.forLanguageTag", tags);
    SAMPLES.put("java/util/Locale.<init>", List.of("en", "de", "tr", "ja", "ar", ""));
    SAMPLES.put("java/nio/charset/Charset.forName",
        List.of("UTF-8", "ISO-8859-1", "US-ASCII", "UTF-16", "windows-1252"));
    SAMPLES.put("java/util/Currency.getInstance", List.of("EUR", "USD", "JPY", "BHD", "CHF"));
    SAMPLES.put("java/util/UUID.fromString", List.of("123e4567-e89b-12d3-a456-426614174000",
        "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-4fff-bfff-ffffffffffff"));
    SAMPLES.put("java/time/LocalDate.parse", List.of("2024-02-29", "1999-12-31", "2026-01-01"));
    SAMPLES.put("java/time/LocalTime.parse", List.of("00:00", "23:59:59", "12:30:15.5"));
    SAMPLES.put("java/time/LocalDateTime.parse",
        List.of("2024-02-29T23:59:59", "2026-03-29T01:30", "1970-01-01T00:00"));
    SAMPLES.put("java/time/Instant.parse",
        List.of("2026-03-29T01:30:00Z", "1970-01-01T00:00:00Z", "2024-02-29T23:59:59.999Z"));
    SAMPLES.put("java/time/Duration.parse", List.of("PT1H30M", "PT0S", "P2DT3H", "PT-0.5S"));
    SAMPLES.put("java/time/Period.parse", List.of("P1Y2M3D", "P0D", "P-1M", "P2W"));
    List<String> patterns = List.of("yyyy-MM-dd", "HH:mm:ss", "dd/MM/uuuu HH:mm", "d MMM uuuu");
    SAMPLES.put("java/time/format/DateTimeFormatter.ofPattern", patterns);
    SAMPLES.put("java/text/SimpleDateFormat.<init>", patterns);
    SAMPLES.put("java/text/DecimalFormat.<init>", List.of("0.00", "#,##0.###", "0.0%", "000"));
    SAMPLES.put("java/util/regex/Pattern.compile", List.of("[a-z]+", "\\d{3}", ",", "\\s+"));
    List<String> integers = List.of("0", "1", "-1", "42", "1000000", "2147483647");
    for (String owner : List.of("java/lang/Integer", "java/lang/Long", "java/lang/Short")) {
      SAMPLES.put(owner + ".parseInt", integers);
      SAMPLES.put(owner + ".parseLong", integers);
      SAMPLES.put(owner + ".parseShort", List.of("0", "1", "-1", "42", "32767"));
      SAMPLES.put(owner + ".valueOf", integers);
    }
    List<String> decimals = List.of("0", "0.5", "-3.25", "1e3", "42", "0.10");
    SAMPLES.put("java/lang/Double.parseDouble", decimals);
    SAMPLES.put("java/lang/Double.valueOf", decimals);
    SAMPLES.put("java/lang/Float.parseFloat", decimals);
    SAMPLES.put("java/math/BigDecimal.<init>", List.of("0.10", "-12.345", "1E+3", "7"));
    SAMPLES.put("java/math/BigInteger.<init>", List.of("0", "-12345678901234567890", "42"));
  }

  /** String-to-string calls a parameter may pass through on its way to the parser. */
  private static final List<String> PASS_THROUGH = List.of("trim", "strip", "toUpperCase",
      "toLowerCase", "intern");

  private ParserArguments() {}

  /**
   * Per parameter of {@code executable}, the strings its parser accepts, or {@code null} where
   * the parameter is not a {@code String} handed to a known parser (or the bytecode cannot be
   * read).
   */
  static List<List<String>> of(Executable executable) {
    Class<?>[] params = executable.getParameterTypes();
    List<List<String>> out = new ArrayList<>(Collections.nCopies(params.length, null));
    if (Arrays.stream(params).noneMatch(p -> p == String.class)) {
      return out;
    }
    MethodNode method = bytecode(executable);
    if (method == null) {
      return out;
    }
    int[] slots = new int[params.length];
    int slot = Modifier.isStatic(executable.getModifiers()) ? 0 : 1;
    Type[] args = Type.getArgumentTypes(method.desc);
    if (args.length != params.length) {
      return out; // a synthetic leading parameter we cannot line up: no claim
    }
    for (int i = 0; i < args.length; i++) {
      slots[i] = slot;
      slot += args[i].getSize();
    }
    for (AbstractInsnNode insn : method.instructions) {
      if (insn.getOpcode() != Opcodes.ALOAD) {
        continue;
      }
      int index = indexOf(slots, ((VarInsnNode) insn).var);
      if (index < 0 || params[index] != String.class || out.get(index) != null) {
        continue;
      }
      List<String> samples = parserAfter(insn.getNext(), executable.getDeclaringClass());
      if (samples != null) {
        out.set(index, samples);
      }
    }
    return out;
  }

  private static List<String> parserAfter(AbstractInsnNode insn, Class<?> owner) {
    while (insn != null && insn.getOpcode() < 0) {
      insn = insn.getNext(); // labels, line numbers
    }
    while (insn instanceof MethodInsnNode call) {
      if (call.owner.equals("java/lang/String") && PASS_THROUGH.contains(call.name)
          && call.desc.startsWith("()")) {
        insn = insn.getNext();
        continue;
      }
      Type[] args = Type.getArgumentTypes(call.desc);
      // The parameter must be the parser's only argument (or a Locale/DecimalFormat-style
      // constructor's only one): with several, it may not be the parsed one.
      if (args.length != 1 || !args[0].getDescriptor().matches("Ljava/lang/(String|CharSequence);")) {
        return null;
      }
      List<String> known = SAMPLES.get(call.owner + "." + call.name);
      if (known != null) {
        return known;
      }
      if (call.getOpcode() == Opcodes.INVOKESTATIC && call.name.equals("valueOf")) {
        return enumNames(call.owner, owner);
      }
      return null;
    }
    return null;
  }

  private static List<String> enumNames(String internalName, Class<?> context) {
    try {
      Class<?> type = Class.forName(internalName.replace('/', '.'), false,
          context.getClassLoader());
      if (!type.isEnum()) {
        return null;
      }
      return Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  private static int indexOf(int[] slots, int var) {
    for (int i = 0; i < slots.length; i++) {
      if (slots[i] == var) {
        return i;
      }
    }
    return -1;
  }

  private static MethodNode bytecode(Executable executable) {
    Class<?> owner = executable.getDeclaringClass();
    String resource = owner.getName().replace('.', '/') + ".class";
    ClassLoader loader = owner.getClassLoader();
    if (loader == null) {
      return null;
    }
    String name = executable instanceof Constructor<?> ? "<init>" : executable.getName();
    String desc = executable instanceof Constructor<?> c ? Type.getConstructorDescriptor(c)
        : Type.getMethodDescriptor((Method) executable);
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      ClassNode node = new ClassNode();
      new ClassReader(in).accept(node, ClassReader.SKIP_FRAMES);
      return node.methods.stream().filter(m -> m.name.equals(name) && m.desc.equals(desc))
          .findFirst().orElse(null);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
