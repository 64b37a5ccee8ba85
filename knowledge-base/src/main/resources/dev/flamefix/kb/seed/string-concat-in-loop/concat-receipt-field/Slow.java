final class Slow {

    private String text = "";

    void addLine(String sku, int quantity, long unitCents) {
        text += sku + " x" + quantity + " @ " + unitCents + "\n";
    }

    String text() {
        return text;
    }
}
