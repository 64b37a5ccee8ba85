import java.util.Arrays;
import java.util.List;

final class Slow {

    int overdrawnAccounts(List<long[]> dailyBalances) {
        int n = 0;
        for (long[] balances : dailyBalances) {
            if (Arrays.stream(balances).filter(b -> b < 0).count() > 0) {
                n++;
            }
        }
        return n;
    }
}
