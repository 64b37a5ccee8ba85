import dev.flamefix.kb.seed.SeedDomain.Reading;
import dev.flamefix.kb.seed.SeedDomain.ReadingsOutput;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import static dev.flamefix.kb.seed.SeedDomain.sizeOf;

final class Fast {

    static long save(ReadingsOutput job) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(job.target().toFile())))) {
            out.writeInt(job.readings().size());
            for (Reading r : job.readings()) {
                out.writeLong(r.timestamp());
                out.writeInt((int) Math.round(r.value() * 10));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizeOf(job.target());
    }
}
