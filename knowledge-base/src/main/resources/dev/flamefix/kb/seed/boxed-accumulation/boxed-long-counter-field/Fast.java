final class Fast {

    private long hits;

    private long bytes;

    void record(String path) {
        hits++;
        bytes += path.length() * 1024L;
    }

    String summary() {
        return hits + " hits, " + bytes + " bytes";
    }
}
