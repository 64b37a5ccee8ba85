import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Path;

final class Slow {

    static int zeroBytesInTail(Path file) {
        int zeros = 0;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(raf.length() / 4);
            int b;
            while ((b = raf.read()) != -1) {
                if (b < 16) {
                    zeros++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zeros;
    }
}
