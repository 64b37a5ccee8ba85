import java.util.stream.IntStream;

final class Slow {

    long[] answer(int[] values, int[] queries) {
        long[] out = new long[queries.length];
        for (int q = 0; q < queries.length; q++) {
            int end = Math.floorMod(queries[q], values.length);
            int start = end / 2;
            out[q] = IntStream.rangeClosed(start, end).mapToLong(j -> values[j]).sum();
        }
        return out;
    }
}
