package org.shelfware.circulation;

import java.util.List;

public class OverdueNotices {

  public record Loan(String patron, String title, String barcode, int daysOverdue) {}

  private final int finePerDayCents;

  public OverdueNotices(int finePerDayCents) {
    this.finePerDayCents = finePerDayCents;
  }

  /** The notice for one patron: a line per overdue loan of theirs and the total fine. */
  public String notice(String patron, List<Loan> loans) {
    var text = new StringBuilder("Dear ").append(patron).append(",\nthe following items are overdue:\n");
    long fine = 0;
    for (var loan : loans) {
      if (!loan.patron().equals(patron) || loan.daysOverdue() <= 0) {
        continue;
      }
      appendLine(text, loan);
      fine += (long) loan.daysOverdue() * finePerDayCents;
    }
    text.append("Total fine: ").append(euros(fine)).append('\n');
    return text.toString();
  }

  private static void appendLine(StringBuilder text, Loan loan) {
    text.append(" - ").append(loan.title()).append(" [").append(loan.barcode()).append("], ")
        .append(loan.daysOverdue()).append(" day(s)\n");
  }

  private static String euros(long cents) {
    long rest = cents % 100;
    return cents / 100 + "." + (rest < 10 ? "0" : "") + rest;
  }
}
