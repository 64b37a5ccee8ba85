package hamradio.contest;

import java.util.List;

public class CabrilloExport {

  /** One logged contact (QSO). {@code utc} is "yyyy-MM-dd HHmm". */
  public record Qso(int freqKhz, String mode, String utc, String theirCall, int rstSent, int rstRcvd,
      String exchange, boolean dupe) {}

  /** The log as the contest robot expects it; dupes are left out, blank calls are a logging slip. */
  public String export(String callsign, String contest, List<Qso> qsos) {
    String header = "START-OF-LOG: 3.0\n"
        + "CALLSIGN: " + callsign + "\n"
        + "CONTEST: " + contest + "\n";
    String body = qsos.stream()
        .filter(qso -> !qso.dupe() && !qso.theirCall().isBlank())
        .map(qso -> line(callsign, qso))
        .reduce("", String::concat);
    return header + body + "END-OF-LOG:\n";
  }

  private static String line(String callsign, Qso qso) {
    return "QSO: " + pad(Integer.toString(qso.freqKhz()), 5) + " " + qso.mode() + " " + qso.utc() + " "
        + pad(callsign, 13) + " " + qso.rstSent() + " " + pad(qso.theirCall(), 13) + " " + qso.rstRcvd()
        + " " + qso.exchange() + "\n";
  }

  private static String pad(String text, int width) {
    StringBuilder sb = new StringBuilder(text);
    while (sb.length() < width) {
      sb.append(' ');
    }
    return sb.toString();
  }
}
