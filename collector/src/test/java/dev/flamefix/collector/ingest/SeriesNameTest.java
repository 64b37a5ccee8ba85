package dev.flamefix.collector.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SeriesNameTest {

  @Test
  void pyroscopeEventSuffixesBecomeEvents() throws IngestException {
    assertThat(SeriesName.parse("orders.cpu").event()).isEqualTo("cpu");
    assertThat(SeriesName.parse("orders.itimer").app()).isEqualTo("orders");
    assertThat(SeriesName.parse("orders.itimer").event()).isEqualTo("cpu");
    assertThat(SeriesName.parse("orders.wall").event()).isEqualTo("wall");
    assertThat(SeriesName.parse("orders.alloc_in_new_tlab_objects").event()).isEqualTo("alloc");
    assertThat(SeriesName.parse("orders.alloc_in_new_tlab_bytes").event()).isEqualTo("alloc_bytes");
    assertThat(SeriesName.parse("orders.lock_count").event()).isEqualTo("lock");
  }

  @Test
  void otherDottedNamesStayWhole() throws IngestException {
    SeriesName n = SeriesName.parse("my.wallet");
    assertThat(n.app()).isEqualTo("my.wallet");
    assertThat(n.event()).isNull();
    assertThat(SeriesName.parse("billing.v2.cpu").app()).isEqualTo("billing.v2");
  }

  @Test
  void labelsAreParsedAndSorted() throws IngestException {
    SeriesName n = SeriesName.parse("orders.cpu{zone=b, env=prod,__session_id__=12ab}");
    assertThat(n.labels()).containsExactly(
        Map.entry("__session_id__", "12ab"), Map.entry("env", "prod"), Map.entry("zone", "b"));
    assertThat(n.labelsText()).isEqualTo("__session_id__=12ab,env=prod,zone=b");
    assertThat(SeriesName.parse("orders{}").labels()).isEmpty();
  }

  @Test
  void malformedNamesAreRefusedWithTheReason() {
    for (String bad : new String[] {null, "", "a b", "orders{env=prod", "orders{env}", "{a=b}"}) {
      assertThatThrownBy(() -> SeriesName.parse(bad))
          .as(String.valueOf(bad))
          .isInstanceOfSatisfying(
              IngestException.class,
              e -> assertThat(e.reason()).isEqualTo(IngestException.BAD_REQUEST));
    }
  }
}
