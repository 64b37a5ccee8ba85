package dev.flamefix.optimizer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Thread-safe record of every exchange; listeners see each one as it completes. */
public final class ExchangeLog {
  private final List<Exchange> exchanges = new ArrayList<>();
  private final List<Consumer<Exchange>> listeners = new ArrayList<>();

  public synchronized void add(Exchange e) {
    exchanges.add(e);
    for (Consumer<Exchange> l : listeners) l.accept(e);
  }

  public synchronized void onExchange(Consumer<Exchange> listener) {
    listeners.add(listener);
  }

  public synchronized List<Exchange> all() {
    return List.copyOf(exchanges);
  }
}
