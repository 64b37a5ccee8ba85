import dev.flamefix.kb.seed.SeedDomain.Copy;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import static dev.flamefix.kb.seed.SeedDomain.sizeOf;

final class Slow {

    static long copy(Copy job) {
        try (InputStream in = new FileInputStream(job.source().toFile());
            OutputStream out = new FileOutputStream(job.target().toFile())) {
            int b;
            while ((b = in.read()) != -1) {
                out.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizeOf(job.target());
    }
}
