package dev.flamefix.bench.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedCorpusWriterTest {

  private static String run(String method, String caseId, double score, String error) {
    return """
        {"benchmark":"dev.flamefix.bench.seed.SeedCaseBenchmark.%s","mode":"avgt","forks":1,
         "params":{"caseId":"%s"},
         "primaryMetric":{"score":%s,"scoreError":%s,"scoreUnit":"us/op"}}
        """.formatted(method, caseId, score, error);
  }

  @Test
  void pairsSlowAndFastScoresByCaseIdAndPropagatesTheirErrors(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("jmh.json");
    Files.writeString(
        json,
        "["
            + run("fast", "a", 2.0, "0.1") + ","
            + run("slow", "a", 10.0, "1.0") + ","
            + run("slow", "b", 5.0, "\"NaN\"") + ","
            + run("fast", "b", 5.0, "\"NaN\"") + ","
            + run("slow", "only-slow", 1.0, "0.0") + ","
            + "{\"benchmark\":\"dev.flamefix.bench.other.X.run\",\"params\":{\"caseId\":\"a\"},\"primaryMetric\":{\"score\":99}}"
            + "]");

    Map<String, SeedCorpusWriter.Rate> rates = SeedCorpusWriter.readRates(json);

    assertThat(rates).containsOnlyKeys("a", "b");
    assertThat(rates.get("a").rate()).isEqualTo(5.0);
    assertThat(rates.get("a").error()).isCloseTo(5.0 * Math.sqrt(0.01 + 0.0025), within(1e-12));
    // JMH reports "NaN" when it cannot compute an interval; the rate stands, with no error term
    assertThat(rates.get("b").rate()).isEqualTo(1.0);
    assertThat(rates.get("b").error()).isZero();
  }
}
