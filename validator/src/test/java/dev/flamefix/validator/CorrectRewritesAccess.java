package dev.flamefix.validator;

import dev.flamefix.validator.support.Rewrite;

/** The example's string-concat fix, shared by end-to-end tests. */
final class CorrectRewritesAccess {

  private CorrectRewritesAccess() {}

  static Rewrite reportFix() {
    return Rewrite.orders("report-stringbuilder", "renderReport", """
        public String renderReport(List<Order> orders) {
          StringBuilder report = new StringBuilder();
          for (Order o : orders) {
            report.append(o.id()).append(',').append(o.sku()).append(',').append(o.quantity())
                .append('\\n');
          }
          return report.toString();
        }""");
  }
}
