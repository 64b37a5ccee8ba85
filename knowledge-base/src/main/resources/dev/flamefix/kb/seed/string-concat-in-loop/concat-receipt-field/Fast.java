final class Fast {

    private final StringBuilder text = new StringBuilder();

    void addLine(String sku, int quantity, long unitCents) {
        text.append(sku).append(" x").append(quantity).append(" @ ").append(unitCents).append('\n');
    }

    String text() {
        return text.toString();
    }
}
