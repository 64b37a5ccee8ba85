// expect: new DataInputStream(new BufferedInputStream(new FileInputStream(file)))
import java.util.*;
import java.io.*;
import java.nio.file.*;

public class Fixture {
  /** Weather balloon telemetry: writes (altitude, temperature, burst flag) records, reads them back and sums. */
  public static String target(int[] altitudes, double[] temps) throws IOException {
    File file = Files.createTempFile("sonde", ".bin").toFile();
    try {
      int written;
      try (DataOutputStream out = new DataOutputStream(new FileOutputStream(file))) {
        out.writeInt(altitudes.length);
        for (int i = 0; i < altitudes.length; i++) {
          out.writeInt(altitudes[i]);
          out.writeDouble(temps[i]);
          out.writeBoolean(altitudes[i] > 30000);
        }
        out.flush();
        written = out.size();
      }
      long sum = 0;
      int bursts = 0;
      try (DataInputStream in = new DataInputStream(new FileInputStream(file))) {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          sum += in.readInt();
          sum += (long) in.readDouble();
          if (in.readBoolean()) bursts++;
        }
        try {
          in.readInt();
        } catch (EOFException end) {
          bursts += 1000;
        }
      }
      return written + " bytes, sum " + sum + ", bursts " + bursts;
    } finally {
      file.delete();
    }
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    int[] alt = new int[5000];
    double[] t = new double[5000];
    for (int i = 0; i < alt.length; i++) { alt[i] = i * 7; t[i] = -i / 3.0; }
    try {
      out.append(target(alt, t)).append('\n');
      out.append(target(new int[0], new double[0])).append('\n');
      out.append(target(new int[] {1}, new double[0])).append('\n');
    } catch (IOException | RuntimeException e) { out.append("threw ").append(e.getClass().getSimpleName()); }
    return out.toString();
  }
}
