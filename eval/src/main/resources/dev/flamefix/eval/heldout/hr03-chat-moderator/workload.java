package io.arena.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class ChatModeratorWorkload {
  public static Supplier<Object> workload() {
    List<String> banned = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      banned.add("badword" + i);
    }
    String[] phrases = {"gg wp", "noob team BADWORD7 lol", "push mid now", "  ", "who has the flag",
        "badword12 badword3 report him", "nice shot!", "afk 2 min"};
    List<ChatModerator.Message> messages = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      messages.add(new ChatModerator.Message("player" + i % 64, phrases[i % phrases.length] + " #" + i));
    }
    ChatModerator moderator = new ChatModerator(banned);
    return () -> moderator.moderate(messages);
  }
}
