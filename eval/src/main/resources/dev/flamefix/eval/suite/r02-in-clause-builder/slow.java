package com.example.sql;

public final class InClauseBuilder {

  private InClauseBuilder() {}

  public static String inClause(String column, long[] ids) {
    if (ids.length == 0) {
      throw new IllegalArgumentException("IN clause needs at least one id");
    }
    String sql = column + " IN (";
    for (int i = 0; i < ids.length; i++) {
      if (i > 0) {
        sql = sql + ", ";
      }
      sql = sql + ids[i];
    }
    return sql + ")";
  }
}
