package dev.flamefix.validator.differential;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The arguments of one representative (benchmark) call, drawn so that the work the call does
 * resembles production's rather than a fixed small range: integers of a method taking only
 * scalars spread over every bit length (a varint size measured only on small values favours
 * rewrites that are faster there and slower elsewhere); in a method with a collection, array,
 * string or buffer argument, an integer named as a length ({@code length}, {@code len}, {@code
 * size}, {@code count}, {@code limit}, or a camel-case name ending so) is about the input size, so
 * the work over "the first {@code length} bytes" grows with the buffer, and other integers
 * (offsets, indices) spread over the bit lengths up to the input size.
 */
final class RepresentativeArguments {

  private static final Pattern LENGTH_NAME = Pattern.compile(
      "(length|len|size|count|limit)|[a-z]\\w*(Length|Len|Size|Count|Limit)");

  private RepresentativeArguments() {}

  /**
   * One argument tuple of {@code method}.
   *
   * @param size the input size: elements of collections and arrays; ignored when {@code scalar}
   * @param scalar whether every parameter is a scalar (the method's inputs cannot grow)
   */
  static List<Value> draw(Method method, ValueGenerator generator, int size, boolean scalar) {
    Parameter[] parameters = method.getParameters();
    Type[] types = method.getGenericParameterTypes();
    List<Value> out = new ArrayList<>();
    generator.beginRepresentativeTuple();
    try {
      drawInto(out, parameters, types, generator, size, scalar);
    } finally {
      generator.endRepresentativeTuple();
    }
    return out;
  }

  private static void drawInto(List<Value> out, Parameter[] parameters, Type[] types,
      ValueGenerator generator, int size, boolean scalar) {
    for (int i = 0; i < parameters.length; i++) {
      Type type = types[i];
      if (!isIntOrLong(parameters[i].getType())) {
        out.add(generator.representative(type, scalar ? 1 : size));
      } else if (scalar) {
        out.add(generator.representative(type, 1, Long.SIZE));
      } else if (isLengthName(parameters[i])) {
        out.add(generator.representativeLength(type, size));
      } else {
        out.add(generator.representative(type, size, 64 - Long.numberOfLeadingZeros(size)));
      }
    }
  }

  /**
   * Arguments of a scalar-only method whose original stopped returning in time on large numbers
   * (the input scale is limited): its cost grows with the numbers' magnitude, not with their bit
   * patterns, so spreading them over every bit length would fill the benchmark with values
   * clamped to trivial ones (an exponential recursion measured on its base cases). Drawn as
   * plain representative values instead, which the scale then clamps.
   */
  static List<Value> drawForMagnitudeBoundMethod(Method method, ValueGenerator generator) {
    List<Value> out = new ArrayList<>();
    for (Type type : method.getGenericParameterTypes()) {
      out.add(generator.representative(type, 1));
    }
    return out;
  }

  /** Whether a parameter's name (compiled with {@code -parameters}) says it is a length. */
  static boolean isLengthName(Parameter parameter) {
    return parameter.isNamePresent() && LENGTH_NAME.matcher(parameter.getName()).matches();
  }

  private static boolean isIntOrLong(Class<?> raw) {
    return raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class;
  }
}
