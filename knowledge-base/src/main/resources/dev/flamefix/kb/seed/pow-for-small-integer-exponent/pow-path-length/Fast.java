import dev.flamefix.kb.seed.SeedDomain.Point;
import java.util.List;

final class Fast {

    double pathLength(List<Point> points) {
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            total += Math.sqrt(dx * dx + dy * dy);
        }
        return total;
    }
}
