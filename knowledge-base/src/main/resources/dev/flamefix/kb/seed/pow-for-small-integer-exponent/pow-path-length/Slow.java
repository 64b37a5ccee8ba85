import dev.flamefix.kb.seed.SeedDomain.Point;
import java.util.List;

final class Slow {

    double pathLength(List<Point> points) {
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            total += Math.sqrt(Math.pow(b.x() - a.x(), 2) + Math.pow(b.y() - a.y(), 2));
        }
        return total;
    }
}
