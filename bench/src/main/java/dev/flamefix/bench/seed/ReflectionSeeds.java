package dev.flamefix.bench.seed;

import dev.flamefix.bench.seed.SeedDomain.Employee;
import dev.flamefix.bench.seed.SeedDomain.Order;
import dev.flamefix.bench.seed.SeedDomain.Reading;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Seeds for {@code reflection-hot-path}: reflective lookups repeated per element. */
final class ReflectionSeeds {
  private static final String CAT = SeedCategories.REFLECTION;

  private ReflectionSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of(
        new GetMethodInvokePerOrder(), new ForNamePerMessage(), new DeclaredFieldPerRow(), new GetterScanPerObject(),
        new ReflectArrayAccess(), new DeclaredFieldsToString(), new RecordComponentsPerRow(), new SetterPerCell(),
        new MethodHandleLookupPerCall(), new EnumConstantsPerLookup());
  }

  static final class GetMethodInvokePerOrder extends SeedCase<List<Order>> {
    GetMethodInvokePerOrder() {
      super("reflect-getmethod-invoke-per-item", CAT,
          "1. Reads the field through the record accessor directly instead of getClass().getMethod(name).invoke(order) for every order; 2. Skips the method lookup, access checks, argument array and boxing of the result per call.",
          () -> SeedData.orders(2000, 50, 50, 281),
          () -> List.of(List.of(), SeedData.orders(1, 1, 1, 1)),
          Slow::totalQuantity, Fast::totalQuantity);
    }

    static final class Slow {
      static long totalQuantity(List<Order> orders) {
        long total = 0;
        try {
          for (Order o : orders) {
            total += (Integer) o.getClass().getMethod("quantity").invoke(o);
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        return total;
      }
    }

    static final class Fast {
      static long totalQuantity(List<Order> orders) {
        long total = 0;
        for (Order o : orders) {
          total += o.quantity();
        }
        return total;
      }
    }
  }

  /** Message handlers instantiated by class name, as a plugin registry would. */
  public interface Handler {
    int handle(String payload);
  }

  /** Counts the payload's length. */
  public static final class LengthHandler implements Handler {
    public LengthHandler() {}

    @Override
    public int handle(String payload) {
      return payload.length();
    }
  }

  /** Counts the payload's vowels. */
  public static final class VowelHandler implements Handler {
    public VowelHandler() {}

    @Override
    public int handle(String payload) {
      int n = 0;
      for (int i = 0; i < payload.length(); i++) {
        if ("aeiou".indexOf(payload.charAt(i)) >= 0) {
          n++;
        }
      }
      return n;
    }
  }

  record Message(String handlerClass, String payload) {}

  static final class ForNamePerMessage extends SeedCase<List<Message>> {
    ForNamePerMessage() {
      super("reflect-forname-newinstance-per-message", CAT,
          "1. Resolves each handler class and its constructor once and caches them in a HashMap by class name instead of Class.forName plus getDeclaredConstructor for every message; 2. Class loading lookups and constructor searches leave the per-message path.",
          () -> {
            String[] names = {LengthHandler.class.getName(), VowelHandler.class.getName()};
            List<Message> out = new ArrayList<>();
            List<String> words = SeedData.words(1500, 282);
            for (int i = 0; i < words.size(); i++) {
              out.add(new Message(names[i % 2], words.get(i)));
            }
            return out;
          },
          () -> List.of(List.of(), List.of(new Message(LengthHandler.class.getName(), "abc"))),
          Slow::dispatch, Fast::dispatch);
    }

    static final class Slow {
      static long dispatch(List<Message> messages) {
        long total = 0;
        try {
          for (Message m : messages) {
            Handler h = (Handler) Class.forName(m.handlerClass()).getDeclaredConstructor().newInstance();
            total += h.handle(m.payload());
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        return total;
      }
    }

    static final class Fast {
      static long dispatch(List<Message> messages) {
        Map<String, Constructor<?>> constructors = new HashMap<>();
        long total = 0;
        try {
          for (Message m : messages) {
            Constructor<?> c = constructors.get(m.handlerClass());
            if (c == null) {
              c = Class.forName(m.handlerClass()).getDeclaredConstructor();
              constructors.put(m.handlerClass(), c);
            }
            total += ((Handler) c.newInstance()).handle(m.payload());
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        return total;
      }
    }
  }

  /** A mutable row as an ORM might map it. */
  public static final class ShipmentRow {
    private final String carrier;
    private final int weightGrams;

    ShipmentRow(String carrier, int weightGrams) {
      this.carrier = carrier;
      this.weightGrams = weightGrams;
    }

    @Override
    public String toString() {
      return carrier + ":" + weightGrams;
    }
  }

  static List<ShipmentRow> shipments(int n, long seed) {
    List<ShipmentRow> out = new ArrayList<>();
    List<String> carriers = SeedData.words(n, seed);
    int[] w = SeedData.ints(n, 20_000, seed + 1);
    for (int i = 0; i < n; i++) {
      out.add(new ShipmentRow(carriers.get(i), w[i]));
    }
    return out;
  }

  static final class DeclaredFieldPerRow extends SeedCase<List<ShipmentRow>> {
    DeclaredFieldPerRow() {
      super("reflect-getdeclaredfield-per-row", CAT,
          "1. Looks the private field up and makes it accessible once before the loop instead of getDeclaredField plus setAccessible per row; 2. Each row only pays for Field.getInt.",
          () -> shipments(2000, 283),
          () -> List.of(List.of(), shipments(1, 1)),
          Slow::totalWeight, Fast::totalWeight);
    }

    static final class Slow {
      static long totalWeight(List<ShipmentRow> rows) {
        long total = 0;
        try {
          for (ShipmentRow row : rows) {
            Field f = ShipmentRow.class.getDeclaredField("weightGrams");
            f.setAccessible(true);
            total += f.getInt(row);
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        return total;
      }
    }

    static final class Fast {
      static long totalWeight(List<ShipmentRow> rows) {
        long total = 0;
        try {
          Field f = ShipmentRow.class.getDeclaredField("weightGrams");
          f.setAccessible(true);
          for (ShipmentRow row : rows) {
            total += f.getInt(row);
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        return total;
      }
    }
  }

  static final class GetterScanPerObject extends SeedCase<List<Employee>> {
    GetterScanPerObject() {
      super("reflect-getmethods-scan-per-object", CAT,
          "1. Finds the accessor by name once per class and reuses the Method instead of scanning getMethods() for every employee; 2. getMethods copies an array of Method objects on each call, which dominated the loop.",
          () -> SeedData.employees(800, 10, 284),
          () -> List.of(List.of(), SeedData.employees(1, 1, 1)),
          staff -> Slow.column(staff, "name"),
          staff -> Fast.column(staff, "name"));
    }

    static final class Slow {
      static List<Object> column(List<Employee> staff, String property) {
        List<Object> values = new ArrayList<>();
        try {
          for (Employee e : staff) {
            for (Method m : e.getClass().getMethods()) {
              if (m.getName().equals(property) && m.getParameterCount() == 0) {
                values.add(m.invoke(e));
                break;
              }
            }
          }
        } catch (ReflectiveOperationException ex) {
          throw new IllegalStateException(ex);
        }
        return values;
      }
    }

    static final class Fast {
      static List<Object> column(List<Employee> staff, String property) {
        List<Object> values = new ArrayList<>();
        Map<Class<?>, Method> getters = new HashMap<>();
        try {
          for (Employee e : staff) {
            Method getter = getters.get(e.getClass());
            if (getter == null && !getters.containsKey(e.getClass())) {
              for (Method m : e.getClass().getMethods()) {
                if (m.getName().equals(property) && m.getParameterCount() == 0) {
                  getter = m;
                  break;
                }
              }
              getters.put(e.getClass(), getter);
            }
            if (getter != null) {
              values.add(getter.invoke(e));
            }
          }
        } catch (ReflectiveOperationException ex) {
          throw new IllegalStateException(ex);
        }
        return values;
      }
    }
  }

  static final class ReflectArrayAccess extends SeedCase<Object> {
    ReflectArrayAccess() {
      super("reflect-array-getint-generic", CAT,
          "1. Adds a direct int[] path (instanceof then plain indexing) in front of the java.lang.reflect.Array.getLength and getInt calls; 2. Ordinary int arrays skip the native reflective accessors, keeping the generic path only for other array types.",
          () -> SeedData.ints(5000, 1000, 285),
          () -> List.of(new int[0], new int[] {4}, new long[] {1, 2}),
          Slow::sum, Fast::sum);
    }

    static final class Slow {
      static long sum(Object array) {
        long sum = 0;
        for (int i = 0; i < Array.getLength(array); i++) {
          sum += Array.getLong(array, i);
        }
        return sum;
      }
    }

    static final class Fast {
      static long sum(Object array) {
        long sum = 0;
        if (array instanceof int[] ints) {
          for (int v : ints) {
            sum += v;
          }
          return sum;
        }
        for (int i = 0; i < Array.getLength(array); i++) {
          sum += Array.getLong(array, i);
        }
        return sum;
      }
    }
  }

  static final class DeclaredFieldsToString extends SeedCase<List<ShipmentRow>> {
    DeclaredFieldsToString() {
      super("reflect-getdeclaredfields-tostring", CAT,
          "1. Caches the accessible Field[] per class in a ClassValue instead of calling getDeclaredFields and setAccessible for each object rendered; 2. getDeclaredFields copies every Field on each call.",
          () -> shipments(1000, 286),
          () -> List.of(List.of(), shipments(1, 2)),
          Slow::render, Fast::render);
    }

    static final class Slow {
      static String describe(Object o) {
        StringBuilder sb = new StringBuilder(o.getClass().getSimpleName()).append('{');
        try {
          for (Field f : o.getClass().getDeclaredFields()) {
            f.setAccessible(true);
            sb.append(f.getName()).append('=').append(f.get(o)).append(';');
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
        return sb.append('}').toString();
      }

      static int render(List<ShipmentRow> rows) {
        int length = 0;
        for (ShipmentRow r : rows) {
          length += describe(r).length();
        }
        return length;
      }
    }

    static final class Fast {
      private static final ClassValue<Field[]> FIELDS =
          new ClassValue<>() {
            @Override
            protected Field[] computeValue(Class<?> type) {
              Field[] fields = type.getDeclaredFields();
              for (Field f : fields) {
                f.setAccessible(true);
              }
              return fields;
            }
          };

      static String describe(Object o) {
        StringBuilder sb = new StringBuilder(o.getClass().getSimpleName()).append('{');
        try {
          for (Field f : FIELDS.get(o.getClass())) {
            sb.append(f.getName()).append('=').append(f.get(o)).append(';');
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
        return sb.append('}').toString();
      }

      static int render(List<ShipmentRow> rows) {
        int length = 0;
        for (ShipmentRow r : rows) {
          length += describe(r).length();
        }
        return length;
      }
    }
  }

  static final class RecordComponentsPerRow extends SeedCase<List<Reading>> {
    RecordComponentsPerRow() {
      super("reflect-record-components-csv", CAT,
          "1. Fetches the record components and their accessors once per export instead of getRecordComponents for each row; 2. The per-row work shrinks to invoking cached accessor Methods.",
          () -> SeedData.readings(800, 5, 287),
          () -> List.of(List.of(), SeedData.readings(1, 1, 1)),
          Slow::toCsv, Fast::toCsv);
    }

    static final class Slow {
      static String toCsv(List<? extends Record> rows) {
        StringBuilder csv = new StringBuilder();
        try {
          for (Record row : rows) {
            RecordComponent[] components = row.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
              csv.append(i == 0 ? "" : ",").append(components[i].getAccessor().invoke(row));
            }
            csv.append('\n');
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        return csv.toString();
      }
    }

    static final class Fast {
      static String toCsv(List<? extends Record> rows) {
        StringBuilder csv = new StringBuilder();
        Class<?> type = null;
        Method[] accessors = new Method[0];
        try {
          for (Record row : rows) {
            if (row.getClass() != type) {
              type = row.getClass();
              RecordComponent[] components = type.getRecordComponents();
              accessors = new Method[components.length];
              for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
              }
            }
            for (int i = 0; i < accessors.length; i++) {
              csv.append(i == 0 ? "" : ",").append(accessors[i].invoke(row));
            }
            csv.append('\n');
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        return csv.toString();
      }
    }
  }

  /** A JavaBean filled from CSV cells. */
  public static final class Contact {
    private String name;
    private String email;
    private String city;

    public void setName(String name) {
      this.name = name;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public void setCity(String city) {
      this.city = city;
    }

    @Override
    public String toString() {
      return name + "|" + email + "|" + city;
    }
  }

  record Csv(List<String> header, List<List<String>> rows) {}

  static final class SetterPerCell extends SeedCase<Csv> {
    SetterPerCell() {
      super("reflect-setter-lookup-per-cell", CAT,
          "1. Resolves one setter Method per column from the header before reading rows instead of building the setter name and calling getMethod for every cell; 2. Per cell only Method.invoke remains.",
          () -> {
            List<String> words = SeedData.words(1800, 288);
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
              rows.add(List.of(words.get(3 * i), words.get(3 * i + 1) + "@example.com", words.get(3 * i + 2)));
            }
            return new Csv(List.of("name", "email", "city"), rows);
          },
          () -> List.of(new Csv(List.of("name"), List.of()), new Csv(List.of("city", "name"), List.of(List.of("Oslo", "Kari")))),
          in -> Slow.load(in.header(), in.rows()),
          in -> Fast.load(in.header(), in.rows()));
    }

    static final class Slow {
      static List<String> load(List<String> header, List<List<String>> rows) {
        List<String> contacts = new ArrayList<>();
        try {
          for (List<String> row : rows) {
            Contact c = new Contact();
            for (int i = 0; i < header.size(); i++) {
              String column = header.get(i);
              String setter = "set" + Character.toUpperCase(column.charAt(0)) + column.substring(1);
              Contact.class.getMethod(setter, String.class).invoke(c, row.get(i));
            }
            contacts.add(c.toString());
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        return contacts;
      }
    }

    static final class Fast {
      static List<String> load(List<String> header, List<List<String>> rows) {
        List<String> contacts = new ArrayList<>();
        try {
          Method[] setters = new Method[header.size()];
          for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            String setter = "set" + Character.toUpperCase(column.charAt(0)) + column.substring(1);
            setters[i] = Contact.class.getMethod(setter, String.class);
          }
          for (List<String> row : rows) {
            Contact c = new Contact();
            for (int i = 0; i < setters.length; i++) {
              setters[i].invoke(c, row.get(i));
            }
            contacts.add(c.toString());
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        return contacts;
      }
    }
  }

  static final class MethodHandleLookupPerCall extends SeedCase<List<String>> {
    MethodHandleLookupPerCall() {
      super("reflect-methodhandle-lookup-per-call", CAT,
          "1. Resolves the MethodHandle for String.repeat once into a static final field instead of MethodHandles.lookup().findVirtual on every call; 2. A constant handle can also be inlined by the JIT, unlike a freshly looked-up one.",
          () -> SeedData.words(1500, 289),
          () -> List.of(List.of(), List.of("a")),
          Slow::totalRepeatedLength, Fast::totalRepeatedLength);
    }

    static final class Slow {
      static int repeatedLength(String s, int times) throws Throwable {
        MethodHandle repeat =
            MethodHandles.lookup().findVirtual(String.class, "repeat", MethodType.methodType(String.class, int.class));
        return ((String) repeat.invokeExact(s, times)).length();
      }

      static long totalRepeatedLength(List<String> words) {
        long total = 0;
        try {
          for (String w : words) {
            total += repeatedLength(w, 3);
          }
        } catch (Throwable t) {
          throw new IllegalStateException(t);
        }
        return total;
      }
    }

    static final class Fast {
      private static final MethodHandle REPEAT;

      static {
        try {
          REPEAT = MethodHandles.lookup().findVirtual(String.class, "repeat", MethodType.methodType(String.class, int.class));
        } catch (ReflectiveOperationException e) {
          throw new ExceptionInInitializerError(e);
        }
      }

      static int repeatedLength(String s, int times) throws Throwable {
        return ((String) REPEAT.invokeExact(s, times)).length();
      }

      static long totalRepeatedLength(List<String> words) {
        long total = 0;
        try {
          for (String w : words) {
            total += repeatedLength(w, 3);
          }
        } catch (Throwable t) {
          throw new IllegalStateException(t);
        }
        return total;
      }
    }
  }

  /** Shipping speed, looked up by a code. */
  enum Speed { ECONOMY, STANDARD, EXPRESS, OVERNIGHT, SAME_DAY, FREIGHT, PICKUP, DRONE }

  static final class EnumConstantsPerLookup extends SeedCase<List<Order>> {
    EnumConstantsPerLookup() {
      super("reflect-getenumconstants-per-lookup", CAT,
          "1. Reads the constants of the enum class once per call instead of Class.getEnumConstants for every order, which reflects and clones the constants array each time; 2. The per-order work becomes an array index and a name comparison.",
          () -> SeedData.orders(3000, 50, 50, 290),
          () -> List.of(List.of(), SeedData.orders(1, 1, 1, 1)),
          orders -> Slow.speeds(orders, Speed.class),
          orders -> Fast.speeds(orders, Speed.class));
    }

    static final class Slow {
      static <E extends Enum<E>> Map<String, Integer> speeds(List<Order> orders, Class<E> type) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Order o : orders) {
          E[] constants = type.getEnumConstants();
          E chosen = constants[(int) (o.id() % constants.length)];
          counts.merge(chosen.name(), 1, Integer::sum);
        }
        return counts;
      }
    }

    static final class Fast {
      static <E extends Enum<E>> Map<String, Integer> speeds(List<Order> orders, Class<E> type) {
        E[] constants = type.getEnumConstants();
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Order o : orders) {
          E chosen = constants[(int) (o.id() % constants.length)];
          counts.merge(chosen.name(), 1, Integer::sum);
        }
        return counts;
      }
    }
  }
}
