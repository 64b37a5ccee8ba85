final class Slow {

    static String toJson(int[] values) {
        String json = "[";
        for (int i = 0; i < values.length; i++) {
            json += values[i];
            if (i < values.length - 1) {
                json += ",";
            }
        }
        return json + "]";
    }
}
