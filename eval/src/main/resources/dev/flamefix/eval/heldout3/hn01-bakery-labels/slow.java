package bakery.shelf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

public final class LabelSheet {

  public record Loaf(String name, int priceCents, int shelfLifeDays, boolean containsNuts) {}

  private static final DateTimeFormatter BEST_BEFORE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private LabelSheet() {}

  /**
   * One label line per loaf baked on {@code bakedOn} (ISO date, as the oven controller sends it):
   * name, price, best-before date, allergens.
   */
  public static String render(List<Loaf> loaves, String bakedOn) {
    LocalDate baked = LocalDate.parse(bakedOn);
    StringBuilder sheet = new StringBuilder(loaves.size() * 48);
    for (Loaf loaf : loaves) {
      int cents = Math.abs(loaf.priceCents() % 100);
      sheet.append(loaf.name()).append(" | ");
      if (loaf.priceCents() < 0) {
        sheet.append('-');
      }
      sheet.append(Math.abs(loaf.priceCents() / 100)).append(cents < 10 ? ",0" : ",").append(cents).append(" EUR | ");
      sheet.append("best before ").append(BEST_BEFORE.format(baked.plusDays(loaf.shelfLifeDays())));
      if (loaf.containsNuts()) {
        sheet.append(" | contains nuts");
      }
      sheet.append('\n');
    }
    return sheet.toString();
  }
}
