package vertical.transport.elevator;

import java.util.ArrayDeque;
import java.util.Arrays;

public final class HallCallQueue {

  private HallCallQueue() {}

  /**
   * Replays a controller log: a positive event is a hall call from that floor, 0 means the car
   * arrived and serves the oldest waiting call. A call from a floor that is already waiting, or
   * from outside 1..topFloor, is ignored; an arrival with nobody waiting does nothing. Returns the
   * floors in the order they were served.
   */
  public static int[] serviceOrder(int[] events, int topFloor) {
    ArrayDeque<Integer> waiting = new ArrayDeque<>();
    boolean[] queued = new boolean[Math.max(topFloor, 0) + 1];
    int[] served = new int[events.length];
    int count = 0;
    for (int event : events) {
      if (event == 0) {
        Integer floor = waiting.pollFirst();
        if (floor != null) {
          queued[floor] = false;
          served[count++] = floor;
        }
      } else if (event > 0 && event <= topFloor && !queued[event]) {
        queued[event] = true;
        waiting.addLast(event);
      }
    }
    return Arrays.copyOf(served, count);
  }
}
