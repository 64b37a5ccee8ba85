final class Slow {

    static int countBlocked(String[] addresses, String[] blocklist) {
        int blocked = 0;
        for (String address : addresses) {
            for (String bad : blocklist) {
                if (bad.equals(address)) {
                    blocked++;
                    break;
                }
            }
        }
        return blocked;
    }
}
