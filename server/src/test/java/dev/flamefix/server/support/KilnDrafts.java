package dev.flamefix.server.support;

import dev.flamefix.server.proposals.Evidence;
import dev.flamefix.server.proposals.ProposalService;
import java.util.List;

/**
 * Drafts of proposals as a job's propose step makes them, for one method of a made-up kiln
 * controller, without running the pipeline: the same patch in the old (8-space) and the new
 * (file-indented) print, and another patch of the same method.
 */
public final class KilnDrafts {
  public static final String TARGET = "com.acme.kiln.FiringSchedule#peak";
  public static final String ORIGINAL = "package com.acme.kiln;\n\nclass FiringSchedule {\n  int peak(int[] t) {\n"
      + "    int m = 0;\n    for (int x : t) m = Math.max(m, x);\n    return m;\n  }\n}\n";
  public static final String PATCHED_OLD_PRINT = "package com.acme.kiln;\n\nclass FiringSchedule {\n"
      + "  int peak(int[] t) {\n        return java.util.Arrays.stream(t).max().orElse(0);\n  }\n}\n";
  public static final String PATCHED_NEW_PRINT = "package com.acme.kiln;\n\nclass FiringSchedule {\n"
      + "  int peak(int[] t) {\n    return java.util.Arrays.stream(t).max().orElse(0);\n  }\n}\n";
  public static final String OTHER_PATCH = "package com.acme.kiln;\n\nclass FiringSchedule {\n  int peak(int[] t) {\n"
      + "    int m = 0;\n    for (int i = 0; i < t.length; i++) m = Math.max(m, t[i]);\n    return m;\n  }\n}\n";

  private KilnDrafts() {}

  /**
   * A draft of {@code app}'s job {@code jobName} (the job id is {@code app/jobName}: unique per
   * app, as real ones are UUIDs); diff, report, evidence and explanation name the job.
   */
  public static ProposalService.Draft draft(String app, String jobName, double speedup, String patched, int calls) {
    String job = app + "/" + jobName;
    String added = patched.lines().filter(l -> l.contains("return java")).findFirst().orElse("    return m;");
    String diff = "--- a/com/acme/kiln/FiringSchedule.java\n+++ b/com/acme/kiln/FiringSchedule.java\n@@ -4,3 +4,1 @@ "
        + job + "\n-    int m = 0;\n-    for (int x : t) m = Math.max(m, x);\n-    return m;\n+" + added + "\n";
    Evidence evidence = new Evidence(calls, calls * 7L, List.of("[3, 9, 4]"), "CPU", "us/op",
        new Evidence.Score(10.0, 0.5), new Evidence.Score(10.0 / speedup, 0.2), "java -jar jmh-" + job + ".jar", null);
    return new ProposalService.Draft(app, TARGET, "com.acme.kiln.FiringSchedule", "peak", "recipe:stream-max", speedup,
        diff, "{\"accepted\": true, \"speedup\": " + speedup + ", \"job\": \"" + job + "\"}", evidence,
        "measured by " + job, List.of(), "loops", 0.1 * speedup, ORIGINAL, patched, job);
  }
}
