import java.text.DecimalFormat;

final class Fast {

    static String render(double[] amounts) {
        DecimalFormat money = new DecimalFormat("#,##0.00");
        StringBuilder sb = new StringBuilder();
        for (double a : amounts) {
            sb.append(money.format(a * 1000)).append('\n');
        }
        return sb.toString();
    }
}
