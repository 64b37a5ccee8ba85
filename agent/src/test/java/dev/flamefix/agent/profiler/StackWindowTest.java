package dev.flamefix.agent.profiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.agent.config.ProfilingEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class StackWindowTest {

  @Test
  void countsSamplesAndCompressesTheCollapsedText() throws Exception {
    String collapsed = "java.lang.Thread.run;a.B.c 12\na.B.d 30\n";
    StackWindow window = StackWindow.of(ProfilingEvent.WALL, 10, 20, collapsed);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    window.writePayload(out);
    byte[] payload = out.toByteArray();

    assertThat(window.samples()).isEqualTo(42);
    assertThat(window.payloadBytes()).isEqualTo(payload.length);
    assertThat(payload[0] & 0xff).isEqualTo(0x1f);
    assertThat(payload[1] & 0xff).isEqualTo(0x8b);
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(payload))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(collapsed);
    }
  }

  @Test
  void aJfrWindowShipsTheRecordingGzippedWithItsSampleCountUnknown() throws Exception {
    byte[] recording = {'F', 'L', 'R', 0, 1, 2, 3};
    StackWindow window = StackWindow.of(ProfilingEvent.CPU, 10, 20, WindowData.jfr(recording));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    window.writePayload(out);
    assertThat(window.format()).isEqualTo("jfr");
    assertThat(window.samples()).isEqualTo(StackWindow.UNKNOWN_SAMPLES);
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(in.readAllBytes()).isEqualTo(recording);
    }
    // Nothing recorded (no file written): an empty window, not sent.
    assertThat(StackWindow.of(ProfilingEvent.CPU, 10, 20, WindowData.jfr(new byte[0])).samples())
        .isZero();
  }

  @Test
  void ignoresLinesWithoutATrailingCount() {
    assertThat(StackWindow.countSamples("")).isZero();
    assertThat(StackWindow.countSamples("a;b 5\nbroken line\nno-count \nc 7")).isEqualTo(12);
    assertThat(StackWindow.countSamples("frame with spaces in name 3\n")).isEqualTo(3);
  }

  @Test
  void platformDirectoriesMatchTheAsyncProfilerJar() {
    assertThat(NativeLibrary.platformDirectory("Linux", "amd64")).isEqualTo("linux-x64");
    assertThat(NativeLibrary.platformDirectory("Linux", "aarch64")).isEqualTo("linux-arm64");
    assertThat(NativeLibrary.platformDirectory("Mac OS X", "aarch64")).isEqualTo("macos");
    assertThat(NativeLibrary.platformDirectory("Windows 11", "amd64")).isNull();
    // every directory we can name must really be in the async-profiler artifact
    for (String dir : new String[] {"linux-x64", "linux-arm64", "macos"}) {
      assertThat(getClass().getClassLoader().getResource(dir + "/libasyncProfiler.so"))
          .as(dir).isNotNull();
    }
  }
}
