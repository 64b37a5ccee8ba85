package dev.flamefix.collector.ingest;

import static dev.flamefix.collector.ingest.TestPayloads.gzip;
import static dev.flamefix.collector.ingest.TestPayloads.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The premise of storing a gzip folded payload as received: reading the stored bytes back yields
 * the same stacks and line counts as the ingest-time decode and as the re-encoded canonical form,
 * whatever spelling the agent used; a payload that is not gzip is not stored as received.
 */
class StoredAsReceivedTest {
  // async-profiler spellings that canonicalise: slashes, annotations, hidden-class lambdas, line
  // suffixes, and two raw stacks that are one stack once canonical.
  static final String RAW = String.join("\n",
      "java/lang/Thread.run;com/acme/Foo.bar_[j];com/acme/Foo.baz:42 3",
      "java/lang/Thread.run;com/acme/Foo.bar_[i];com/acme/Foo.baz:43 2",
      "java/lang/Thread.run;com/acme/Foo$$Lambda$14/0x0000000800c03000.run;java/util/HashMap.get 5",
      "start_thread;thread_native_entry;futex_wait_[k] 1",
      "");

  private final ProfileDecoder decoder = new ProfileDecoder();

  @Test
  void aGzipFoldedPayloadReadsBackAsTheStacksItDecodedToAtIngest() throws IngestException {
    byte[] body = gzip(RAW);
    assertThat(ProfileDecoder.storableAsReceived(body)).isTrue();

    DecodedProfile atIngest = decoder.decode(body, IngestFormat.FOLDED, ProfileEvents.CPU, IngestLimits.defaults());
    StackCounts stacks = atIngest.event(ProfileEvents.CPU);
    DecodedProfile readBack = decoder.decode(body, IngestFormat.FOLDED, ProfileEvents.CPU, IngestLimits.defaults());
    DecodedProfile reencoded = decoder.decode(stacks.toFoldedGzip(), IngestFormat.FOLDED, ProfileEvents.CPU,
        IngestLimits.defaults());

    assertThat(readBack.event(ProfileEvents.CPU)).isEqualTo(stacks);
    assertThat(reencoded.event(ProfileEvents.CPU)).isEqualTo(stacks);
    assertThat(readBack.lines(ProfileEvents.CPU)).isEqualTo(atIngest.lines(ProfileEvents.CPU));
    // The two annotated spellings of Foo.baz are one canonical stack: 5 samples, 3 distinct stacks.
    assertThat(stacks.distinctStacks()).isEqualTo(3);
    assertThat(stacks.totalSamples()).isEqualTo(11);
  }

  @Test
  void aPlainTextPayloadIsNotStoredAsReceived() {
    assertThat(ProfileDecoder.storableAsReceived(utf8(RAW))).isFalse();
    assertThat(ProfileDecoder.storableAsReceived(new byte[0])).isFalse();
  }
}
