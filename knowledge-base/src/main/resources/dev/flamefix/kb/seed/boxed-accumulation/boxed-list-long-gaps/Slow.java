import java.util.ArrayList;
import java.util.List;

final class Slow {

    static long meanGapMillis(long[] heartbeats) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < heartbeats.length; i++) {
            gaps.add(heartbeats[i] - heartbeats[i - 1]);
        }
        Long sum = 0L;
        for (Long g : gaps) {
            sum += g;
        }
        return gaps.isEmpty() ? 0 : sum / gaps.size();
    }
}
