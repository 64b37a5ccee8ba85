import java.util.Arrays;
import java.util.List;

final class Fast {

    int overdrawnAccounts(List<long[]> dailyBalances) {
        int n = 0;
        for (long[] balances : dailyBalances) {
            if (Arrays.stream(balances).anyMatch(b -> b < 0)) {
                n++;
            }
        }
        return n;
    }
}
