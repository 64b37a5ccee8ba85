final class Slow {

    String[] merge(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        int k = 0;
        for (int i = 0; i < first.length; i++) {
            all[k++] = first[i];
        }
        for (int i = 0; i < second.length; i++) {
            all[k++] = second[i];
        }
        return all;
    }
}
