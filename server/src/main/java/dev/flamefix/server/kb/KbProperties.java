package dev.flamefix.server.kb;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code flamefix.kb.*}: the server's knowledge base.
 *
 * @param directory where the embedded store lives (default {@code <flamefix.data-dir>/kb})
 * @param maxImportSize largest accepted {@code POST /api/kb/import} body (default 16MB)
 */
@ConfigurationProperties("flamefix.kb")
public record KbProperties(Path directory, DataSize maxImportSize) {

  public KbProperties {
    maxImportSize = maxImportSize == null ? DataSize.ofMegabytes(16) : maxImportSize;
  }

  /** The store's directory: {@link #directory()} when set, else {@code kb} under the data dir. */
  public Path directoryUnder(Path dataDir) {
    return directory != null ? directory : dataDir.resolve("kb");
  }
}
