package io.arena.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

public class ChatModerator {

  public record Message(String player, String text) {}

  private final List<String> bannedWords;
  private final Pattern banned;

  public ChatModerator(List<String> bannedWords) {
    this.bannedWords = List.copyOf(bannedWords);
    this.banned = Pattern.compile("\\b(" + alternation() + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  /** Lines to broadcast: blank messages dropped, banned words masked with asterisks. */
  public List<String> moderate(List<Message> messages) {
    List<String> lines = new ArrayList<>(messages.size());
    for (Message message : messages) {
      String text = message.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      lines.add(message.player() + ": " + mask(text));
    }
    return lines;
  }

  private String mask(String text) {
    Matcher matcher = banned.matcher(text);
    StringBuilder masked = new StringBuilder(text.length());
    while (matcher.find()) {
      matcher.appendReplacement(masked, "*".repeat(matcher.group().length()));
    }
    matcher.appendTail(masked);
    return masked.toString();
  }

  private String alternation() {
    return bannedWords.stream().map(Pattern::quote).collect(Collectors.joining("|"));
  }
}
