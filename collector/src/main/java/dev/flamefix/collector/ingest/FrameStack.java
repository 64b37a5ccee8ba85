package dev.flamefix.collector.ingest;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * One stack as an immutable list of frames, root first. Backed by an array that no one else
 * writes to (except the reusable lookup probe, which never escapes {@link StackCounts.Builder}).
 */
final class FrameStack extends AbstractList<String> implements RandomAccess {
  String[] frames;
  int length;
  int hash;

  FrameStack(String[] frames, int length) {
    this.frames = frames;
    this.length = length;
    this.hash = hashOf(frames, length);
  }

  FrameStack(String[] frames, int length, int hash) {
    this.frames = frames;
    this.length = length;
    this.hash = hash;
  }

  /** Points this probe at other content; only for lookups. */
  void reset(String[] frames, int length, int hash) {
    this.frames = frames;
    this.length = length;
    this.hash = hash;
  }

  static int hashOf(String[] frames, int length) {
    int h = 1;
    for (int i = 0; i < length; i++) {
      h = 31 * h + frames[i].hashCode();
    }
    return h;
  }

  @Override
  public String get(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException(index);
    }
    return frames[index];
  }

  @Override
  public int size() {
    return length;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (o instanceof FrameStack other) {
      return other.hash == hash
          && other.length == length
          && Arrays.equals(frames, 0, length, other.frames, 0, length);
    }
    return super.equals(o);
  }

  String[] copyOfFrames() {
    return Arrays.copyOf(frames, length);
  }
}
