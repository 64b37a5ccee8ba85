package dev.flamefix.optimizer.context;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simple tokenizer used to report context sizes: a token is a run of identifier characters
 * (letters, digits, {@code _}, {@code $}) or any other single non-whitespace character. It is not
 * a model's BPE tokenizer; it is stable, documented and good enough to compare two texts.
 */
public final class Tokens {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_$]+|\\S");

  private Tokens() {}

  /** Number of tokens in {@code text}. */
  public static int count(String text) {
    Matcher m = TOKEN.matcher(text);
    int n = 0;
    while (m.find()) n++;
    return n;
  }
}
