package org.hadath.incidents;

import java.util.List;

/**
 * Decides which of a report's incidents is its core: the one the report is about. A news page
 * carries the headlines of other stories around its own, and a roundup tells of many
 * incidents, so the first frame is not always the core. The core is the incident told by the
 * most asserted frames (a story's headline, lead and body all tell of it; a sidebar headline
 * is one frame); ties go to the one with a specific place, then to the one told first (the
 * headline of a short post).
 */
public final class CoreSelector {

  /** What the selector needs to know about one of a report's frame groups. */
  public interface Candidate {
    /** Asserted (positive, not hypothetical) frames in the group. */
    int assertedFrames();

    /** True when the group names a place finer than a governorate. */
    boolean specificPlace();

    /** The index of the group's first frame in the report. */
    int firstFrame();
  }

  /** The index in {@code groups} of the core, or -1 when there are none. */
  public int core(List<? extends Candidate> groups) {
    int best = -1;
    for (int i = 0; i < groups.size(); i++) {
      if (best < 0 || better(groups.get(i), groups.get(best))) {
        best = i;
      }
    }
    return best;
  }

  private static boolean better(Candidate a, Candidate b) {
    if (a.assertedFrames() != b.assertedFrames()) {
      return a.assertedFrames() > b.assertedFrames();
    }
    if (a.specificPlace() != b.specificPlace()) {
      return a.specificPlace();
    }
    return a.firstFrame() < b.firstFrame();
  }
}
