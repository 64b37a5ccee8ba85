package dev.flamefix.server.hotlines;

import dev.flamefix.server.optimize.Api;
import dev.flamefix.server.optimize.QuickPipeline;
import dev.flamefix.server.support.ShopProfiles;
import dev.flamefix.server.support.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * Folded stacks of the example's {@code OrderAnalytics.renderReport} with line numbers on its
 * frames ({@code Class.method:line}, as converters write them), numbered from the real source
 * file: 70 samples on the concatenation line, 20 on the loop head, 10 on the return.
 */
public final class HotLinesFixture {
  public static final String APP = "orders";
  public static final String METHOD = "dev.flamefix.examples.orders.OrderAnalytics#renderReport";

  private final int concatLine;
  private final int loopLine;
  private final int returnLine;

  /** Reads the example's source for the line numbers. */
  public static HotLinesFixture create() throws IOException {
    return new HotLinesFixture();
  }

  private HotLinesFixture() throws IOException {
    List<String> src = Files.readAllLines(
        QuickPipeline.exampleSources().resolve("dev/flamefix/examples/orders/OrderAnalytics.java"));
    concatLine = lineOf(src, "report += o.id()");
    loopLine = lineOf(src, "for (Order o : orders)");
    returnLine = lineOf(src, "return report;");
  }

  /** The line of {@code report += ...}. */
  public int concatLine() {
    return concatLine;
  }

  /** The loop head. */
  public int loopLine() {
    return loopLine;
  }

  /** The return statement. */
  public int returnLine() {
    return returnLine;
  }

  private static int lineOf(List<String> src, String text) {
    for (int i = 0; i < src.size(); i++) {
      if (src.get(i).contains(text)) return i + 1;
    }
    throw new IllegalStateException("no line with " + text);
  }

  /** The stacks as folded text. */
  public String folded() {
    String head = "java/lang/Thread.run:833;dev/flamefix/examples/orders/OrderService.main:40;"
        + "dev/flamefix/examples/orders/OrderAnalytics.renderReport:";
    return head + concatLine + ";java/lang/StringConcatHelper.simpleConcat:420_[j] 70\n"
        + head + loopLine + "_[j] 20\n"
        + head + returnLine + " 10\n";
  }

  /** Registers the example's sources as {@link #APP} and ingests the stacks into one window. */
  public void load(TestServer server) {
    new Api(server).expect(200, "PUT", "/api/apps/" + APP + "/config", QuickPipeline.exampleConfig());
    long from = System.currentTimeMillis() / 1000 - 60;
    int status = server.ingest(ShopProfiles.query(APP, from), folded().getBytes(StandardCharsets.UTF_8)).statusCode();
    if (status != 200) throw new IllegalStateException("ingest answered " + status);
  }
}
