import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

final class Slow {

    static long adler(Path file) {
        long a = 1;
        long b = 0;
        try (InputStream in = new FileInputStream(file.toFile())) {
            int c;
            while ((c = in.read()) != -1) {
                a = (a + c) % 65521;
                b = (b + a) % 65521;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (b << 16) | a;
    }
}
