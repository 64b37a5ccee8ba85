final class Fast {

    static String divider(int width) {
        return "+" + "-".repeat(Math.max(0, width)) + "+";
    }
}
