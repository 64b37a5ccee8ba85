import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

final class Fast {

    static long sumInts(Path file) {
        long sum = 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(file.toFile())))) {
            while (true) {
                sum += in.readInt();
            }
        } catch (EOFException end) {
            return sum;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
