import java.text.DecimalFormat;

final class Slow {

    static String render(double[] amounts) {
        StringBuilder sb = new StringBuilder();
        for (double a : amounts) {
            sb.append(new DecimalFormat("#,##0.00").format(a * 1000)).append('\n');
        }
        return sb.toString();
    }
}
