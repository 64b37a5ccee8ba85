package com.example.sql;

public final class InClauseBuilder {

  private InClauseBuilder() {}

  public static String inClause(String column, long[] ids) {
    if (ids.length == 0) {
      throw new IllegalArgumentException("IN clause needs at least one id");
    }
    StringBuilder sql = new StringBuilder(column.length() + 6 + ids.length * 8);
    sql.append(column).append(" IN (");
    for (int i = 0; i < ids.length; i++) {
      if (i > 0) {
        sql.append(", ");
      }
      sql.append(ids[i]);
    }
    return sql.append(')').toString();
  }
}
