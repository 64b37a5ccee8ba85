package hydrology.telemetry;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class GaugeFeed {

  /** Turns a logger's raw count into river stage in metres above gauge datum. */
  public interface Decoder {
    double stageMetres(int raw);
  }

  /** Vented pressure transducer: millimetres of water above the sensor, sensor 0.35 m above datum. */
  public static final class PressureDecoder implements Decoder {
    @Override
    public double stageMetres(int raw) {
      return raw / 1000.0 + 0.35;
    }
  }

  /** Radar above the channel: raw is the distance down to the water in half-centimetres. */
  public static final class RadarDecoder implements Decoder {
    @Override
    public double stageMetres(int raw) {
      return 4.2 - raw / 200.0;
    }
  }

  /** Float and shaft encoder: centimetres. */
  public static final class FloatDecoder implements Decoder {
    @Override
    public double stageMetres(int raw) {
      return raw * 0.01;
    }
  }

  /** A reading and the simple name of the decoder the station is configured with. */
  public record Reading(String station, String decoder, int raw) {}

  /** Highest stage per station, stations in name order. */
  public Map<String, Double> peakStages(List<Reading> readings) {
    Map<String, Double> peaks = new TreeMap<>();
    for (Reading reading : readings) {
      Decoder decoder = decoderFor(reading.decoder());
      double stage = decoder.stageMetres(reading.raw());
      peaks.merge(reading.station(), stage, Math::max);
    }
    return peaks;
  }

  private static Decoder decoderFor(String name) {
    try {
      Class<?> type = Class.forName(GaugeFeed.class.getName() + "$" + name);
      return (Decoder) type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("no decoder " + name, e);
    }
  }
}
