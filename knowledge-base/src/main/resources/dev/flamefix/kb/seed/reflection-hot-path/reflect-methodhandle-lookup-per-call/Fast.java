import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

final class Fast {

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
