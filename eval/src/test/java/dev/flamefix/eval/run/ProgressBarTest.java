package dev.flamefix.eval.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void rendersFilledShareAndLabel() {
    assertThat(ProgressBar.render(12, 40, "p12-sliding-window"))
        .isEqualTo("[12/40] ██████░░░░░░░░░░░░░░  30% p12-sliding-window");
    assertThat(ProgressBar.render(0, 0, null)).isEqualTo("[0/0] ████████████████████ 100%");
  }

  @Test
  void inPlaceModeRedrawsWithCarriageReturnAndPadsShorterText() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, 2);
    bar.update(1, "a-long-program-name");
    bar.update(2, "b");
    bar.finish();
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).startsWith("\r[1/2]").contains("\r[2/2]").endsWith(" ".repeat(18) + System.lineSeparator());
  }
}
