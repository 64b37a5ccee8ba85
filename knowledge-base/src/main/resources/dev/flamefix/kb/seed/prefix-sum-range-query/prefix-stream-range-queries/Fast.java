import java.util.stream.IntStream;

final class Fast {

    long[] answer(int[] values, int[] queries) {
        long[] prefix = new long[values.length + 1];
        for (int i = 0; i < values.length; i++) {
            prefix[i + 1] = prefix[i] + values[i];
        }
        long[] out = new long[queries.length];
        for (int q = 0; q < queries.length; q++) {
            int end = Math.floorMod(queries[q], values.length);
            int start = end / 2;
            out[q] = prefix[end + 1] - prefix[start];
        }
        return out;
    }
}
