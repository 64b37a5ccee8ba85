final class Slow {

    private Long hits = 0L;

    private Long bytes = 0L;

    void record(String path) {
        hits++;
        bytes += path.length() * 1024L;
    }

    String summary() {
        return hits + " hits, " + bytes + " bytes";
    }
}
