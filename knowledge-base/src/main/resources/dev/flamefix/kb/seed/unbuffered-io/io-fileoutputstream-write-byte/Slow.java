import dev.flamefix.kb.seed.SeedDomain.Output;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import static dev.flamefix.kb.seed.SeedDomain.sizeOf;

final class Slow {

    static long writeEscaped(Output job) {
        try (OutputStream out = new FileOutputStream(job.target().toFile())) {
            for (byte b : job.data()) {
                if (b == '\\' || b == '\n') {
                    out.write('\\');
                }
                out.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizeOf(job.target());
    }
}
