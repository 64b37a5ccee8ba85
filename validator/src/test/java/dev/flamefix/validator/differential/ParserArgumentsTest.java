package dev.flamefix.validator.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Objects whose constructors hand a {@code String} parameter to a JDK parser are built with that
 * parser's accepted forms; random strings are never a zone id or a currency code, so before
 * {@link ParserArguments} none of these could be built (held-out {@code hv05}: a {@code
 * SplitSheet(long, String zoneId)} receiver). The classes are this test's own code.
 */
class ParserArgumentsTest {

  /** A ferry timetable in the port's time zone. */
  public static final class FerryTimetable {
    private final long firstSailingMillis;
    private final ZoneId port;

    public FerryTimetable(long firstSailingMillis, String portZone) {
      this.firstSailingMillis = firstSailingMillis;
      this.port = ZoneId.of(portZone);
    }

    public ZoneId port() {
      return port;
    }
  }

  /** A toll tariff priced in one currency and printed with one pattern (trimmed first). */
  public static final class TollTariff {
    private final Currency currency;
    private final DecimalFormat format;

    public TollTariff(String currencyCode, String pattern, int axles) {
      if (axles < 0) {
        throw new IllegalArgumentException("axles");
      }
      this.currency = Currency.getInstance(currencyCode.trim());
      this.format = new DecimalFormat(pattern);
    }
  }

  /** An enum named by its constant. */
  public enum Deck { UPPER, LOWER, VEHICLE }

  /** A booking whose deck comes as a name and whose day as ISO text, in a compact constructor. */
  public record DeckBooking(String deck, String day, int seats) {
    public DeckBooking {
      Deck.valueOf(deck);
      LocalDate.parse(day);
    }
  }

  /** Parses its argument with code of its own: no JDK parser to learn its forms from. */
  public static final class BerthCode {
    public BerthCode(String code) {
      if (!code.startsWith("BERTH#")) {
        throw new IllegalArgumentException("not a berth code: " + code);
      }
    }
  }

  private static ValueGenerator generator(long seed) {
    return new ValueGenerator(new Random(seed),
        ValueGenerator.Dictionary.of(List.of(), List.of(), List.of()));
  }

  @Test
  void readsWhichParserEachStringParameterFeeds() throws Exception {
    assertThat(ParserArguments.of(FerryTimetable.class.getConstructor(long.class, String.class)))
        .satisfiesExactly(
            first -> assertThat(first).isNull(),
            zone -> assertThat(zone).contains("UTC", "Europe/Paris"));
    assertThat(ParserArguments.of(
        TollTariff.class.getConstructor(String.class, String.class, int.class)))
        .satisfiesExactly(
            code -> assertThat(code).contains("EUR", "JPY"),
            pattern -> assertThat(pattern).contains("0.00"),
            axles -> assertThat(axles).isNull());
    assertThat(ParserArguments.of(DeckBooking.class.getDeclaredConstructors()[0]))
        .satisfiesExactly(
            deck -> assertThat(deck).containsExactly("UPPER", "LOWER", "VEHICLE"),
            day -> assertThat(day).contains("2024-02-29"),
            seats -> assertThat(seats).isNull());
    assertThat(ParserArguments.of(BerthCode.class.getConstructor(String.class)))
        .containsExactly((List<String>) null);
  }

  @Test
  void buildsReceiversAndArgumentsWhoseConstructorsParseTheirStrings() {
    ValueGenerator generator = generator(5);
    Set<ZoneId> zones = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      generator.beginCall();
      FerryTimetable timetable = (FerryTimetable) generator.receiver(FerryTimetable.class)
          .materialize();
      zones.add(timetable.port());
      generator.beginCall();
      assertThat(generator.random(TollTariff.class).materialize()).isNotNull();
      generator.beginCall();
      assertThat(generator.random(DeckBooking.class).materialize()).isNotNull();
    }
    // Varied values, not one constant: the receivers' states differ.
    assertThat(zones.size()).isGreaterThan(4);
  }

  @Test
  void aStringParsedByTheClassItselfStillFailsNamingTheTypeAndWhy() {
    ValueGenerator generator = generator(6);
    generator.beginCall();
    assertThatThrownBy(() -> generator.receiver(BerthCode.class))
        .isInstanceOf(GenerationException.class)
        .hasMessageContaining("cannot build " + BerthCode.class.getName())
        .hasMessageContaining("new BerthCode(String) -> ")
        .hasMessageContaining("java.lang.IllegalArgumentException: not a berth");
  }
}
