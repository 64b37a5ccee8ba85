import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

public class Fixture {
  public static List<DecimalFormat> target(int n) {
    List<DecimalFormat> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      DecimalFormat f = new DecimalFormat("0.00");
      f.setGroupingUsed(false);
      out.add(f);
    }
    return out;
  }

  public static String check() {
    List<DecimalFormat> fs = target(2);
    fs.get(0).setMaximumFractionDigits(0);
    return fs.get(1).format(1.234);
  }
}
