package com.example.nlp;

import java.util.function.Supplier;

public final class TokenizerWorkload {
  public static Supplier<Object> workload() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      text.append("The quick-brown fox #").append(i).append(" doesn't jump; ");
    }
    String input = text.toString();
    return () -> Tokenizer.tokens(input);
  }
}
