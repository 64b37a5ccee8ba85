package com.acme.broken;

public class Broken {
  public int f( {
    return 1;
  }
}
