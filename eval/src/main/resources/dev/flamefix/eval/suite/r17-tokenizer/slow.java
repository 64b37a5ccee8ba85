package com.example.nlp;

import java.util.List;
import java.util.Vector;

public class Tokenizer {

  public static List<String> tokens(String text) {
    Vector<String> out = new Vector<>();
    StringBuffer current = new StringBuffer();
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
