final class Fast {

    static String toJson(int[] values) {
        StringBuilder json = new StringBuilder(values.length * 7 + 2).append('[');
        for (int i = 0; i < values.length; i++) {
            json.append(values[i]);
            if (i < values.length - 1) {
                json.append(',');
            }
        }
        return json.append(']').toString();
    }
}
