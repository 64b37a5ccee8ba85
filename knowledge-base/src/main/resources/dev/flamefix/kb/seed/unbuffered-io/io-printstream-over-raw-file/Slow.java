import dev.flamefix.kb.seed.SeedDomain.Reading;
import dev.flamefix.kb.seed.SeedDomain.ReadingsOutput;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import static dev.flamefix.kb.seed.SeedDomain.sizeOf;

final class Slow {

    static long export(ReadingsOutput job) {
        try (PrintStream out = new PrintStream(new FileOutputStream(job.target().toFile()), false, StandardCharsets.UTF_8)) {
            for (Reading r : job.readings()) {
                out.print(r.sensorId());
                out.print(';');
                out.print(r.timestamp());
                out.print(';');
                out.println(r.value());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizeOf(job.target());
    }
}
