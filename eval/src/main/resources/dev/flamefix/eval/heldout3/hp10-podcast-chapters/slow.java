package media.podcast;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

public final class ChapterMarks {

  public record Mark(String title, int startSecond) {}

  private final LinkedList<Mark> marks = new LinkedList<>();
  private final int episodeSeconds;

  /** Marks in playback order; a chapter lasts until the next mark or the end of the episode. */
  public ChapterMarks(List<Mark> marks, int episodeSeconds) {
    this.marks.addAll(marks);
    this.episodeSeconds = episodeSeconds;
  }

  /** Titles of the chapters that last at least {@code minSeconds}, in playback order. */
  public List<String> longChapters(int minSeconds) {
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < marks.size(); i++) {
      int end = i + 1 < marks.size() ? marks.get(i + 1).startSecond() : episodeSeconds;
      if (end - marks.get(i).startSecond() >= minSeconds) {
        titles.add(marks.get(i).title());
      }
    }
    return titles;
  }
}
