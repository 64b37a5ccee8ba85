package dev.flamefix.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff headers' file names are relative to the source root the user gave, whatever the layout. */
class PatchPathsTest {
  @TempDir Path dir;

  private Path file(String relative) throws IOException {
    Path f = dir.resolve(relative);
    Files.createDirectories(f.getParent());
    Files.writeString(f, "class X {}");
    return f;
  }

  @Test
  void aSourceRootDirectoryNamesTheFileRelativeToIt() throws IOException {
    Path maven = file("proj/src/main/java/com/acme/Foo.java");
    assertThat(PatchPaths.relative(dir.resolve("proj/src/main/java"), null, maven, "com.acme")).isEqualTo("com/acme/Foo.java");
    Path plain = file("app/src/com/acme/Foo.java");
    assertThat(PatchPaths.relative(dir.resolve("app/src"), null, plain, "com.acme")).isEqualTo("com/acme/Foo.java");
    // The project root as --source: the path says where under it the file is.
    assertThat(PatchPaths.relative(dir.resolve("app"), null, plain, "com.acme")).isEqualTo("src/com/acme/Foo.java");
    // Relative and unnormalised roots name the same file the same way.
    Path relativeRoot = Path.of("").toAbsolutePath().relativize(dir.resolve("app/./src"));
    assertThat(PatchPaths.relative(relativeRoot, null, plain, "com.acme")).isEqualTo("com/acme/Foo.java");
  }

  @Test
  void aFileInsideAGivenRootIsNamedRelativeToTheRoot() throws IOException {
    Path f = file("app/src/com/acme/Foo.java");
    assertThat(PatchPaths.relative(f, dir.resolve("app/src"), f, "com.acme")).isEqualTo("com/acme/Foo.java");
  }

  @Test
  void aSingleFileIsNamedByItsPackagePathWhenItsDirectoriesMatchElseByItsName() throws IOException {
    Path matching = file("app/src/com/acme/Foo.java");
    assertThat(PatchPaths.relative(matching, null, matching, "com.acme")).isEqualTo("com/acme/Foo.java");
    Path flat = file("loose/Foo.java");
    assertThat(PatchPaths.relative(flat, null, flat, "com.acme")).isEqualTo("Foo.java");
    assertThat(PatchPaths.relative(flat, null, flat, "")).isEqualTo("Foo.java");
  }
}
