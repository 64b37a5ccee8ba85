package media.podcast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class ChapterMarksWorkload {
  public static Supplier<Object> workload() {
    List<ChapterMarks.Mark> marks = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < 1_500; i++) {
      marks.add(new ChapterMarks.Mark("chapter " + i, start));
      start += 20 + (i * 37) % 400;
    }
    ChapterMarks chapters = new ChapterMarks(marks, start + 90);
    return () -> chapters.longChapters(200);
  }
}
