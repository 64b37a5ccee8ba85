import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Path;

final class Fast {

    static int zeroBytesInTail(Path file) {
        int zeros = 0;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(raf.length() / 4);
            byte[] buf = new byte[8192];
            int n;
            while ((n = raf.read(buf)) != -1) {
                for (int i = 0; i < n; i++) {
                    if ((buf[i] & 0xff) < 16) {
                        zeros++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zeros;
    }
}
