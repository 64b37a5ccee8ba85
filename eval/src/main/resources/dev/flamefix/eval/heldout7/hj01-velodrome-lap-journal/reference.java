package velodrome.timing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class LapJournal {

  /** One lap crossing from the track loop: bib, lap number in the session, split in microseconds. */
  public record Lap(int riderBib, int lapNo, long splitMicros, boolean photoFinish) {}

  /** What the commissaires' screen shows after a replay. */
  public record Summary(int laps, Map<Integer, Long> bestSplitByBib, int photoFinishes, long checksum) {}

  /**
   * Writes the session's laps to a journal file first (the timing PC has crashed mid-session
   * before), then rebuilds the summary from the journal so the screen shows exactly what was
   * persisted.
   */
  public Summary journalAndReplay(List<Lap> laps) throws IOException {
    Path journal = Files.createTempFile("session", ".laps");
    try {
      try (DataOutputStream out = new DataOutputStream(
          new BufferedOutputStream(new FileOutputStream(journal.toFile()), 1 << 16))) {
        out.writeInt(laps.size());
        for (Lap lap : laps) {
          out.writeInt(lap.riderBib());
          out.writeShort(lap.lapNo());
          out.writeLong(lap.splitMicros());
          out.writeBoolean(lap.photoFinish());
        }
      }
      return replay(journal);
    } finally {
      Files.deleteIfExists(journal);
    }
  }

  private Summary replay(Path journal) throws IOException {
    try (DataInputStream in = new DataInputStream(
        new BufferedInputStream(new FileInputStream(journal.toFile()), 1 << 16))) {
      int count = in.readInt();
      Map<Integer, Long> best = new TreeMap<>();
      int photos = 0;
      long checksum = 17;
      for (int i = 0; i < count; i++) {
        int bib = in.readInt();
        int lapNo = in.readShort();
        long split = in.readLong();
        boolean photo = in.readBoolean();
        best.merge(bib, split, Math::min);
        if (photo) {
          photos++;
        }
        checksum = checksum * 31 + bib * 1_000_003L + lapNo + split;
      }
      return new Summary(count, best, photos, checksum);
    }
  }
}
