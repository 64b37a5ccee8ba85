import dev.flamefix.kb.seed.SeedDomain.Point;
import java.util.List;

final class Fast {

    static int within(List<Point> stores, Point center) {
        double kmPerDegreeLon = Math.cos(Math.toRadians(center.x())) * 111.32;
        int n = 0;
        for (Point p : stores) {
            double dx = (p.y() - center.y()) * kmPerDegreeLon;
            double dy = (p.x() - center.x()) * 110.57;
            if (dx * dx + dy * dy < 25.0 * 25.0) {
                n++;
            }
        }
        return n;
    }
}
