package com.example.nlp;

import java.util.ArrayList;
import java.util.List;

public class Tokenizer {

  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '\'') {
        current.append(Character.toLowerCase(c));
      } else if (current.length() > 0) {
        out.add(current.toString());
        current.setLength(0);
      }
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }
}
