package dev.flamefix.testapp;

/** Methods the target resolver tests look up: unique, overloaded and abstract. */
public abstract class Overloads {
  static int twice(int x) {
    return 2 * x;
  }

  String scale(int x) {
    return "i" + x;
  }

  String scale(long x) {
    return "l" + x;
  }

  abstract void later();
}
