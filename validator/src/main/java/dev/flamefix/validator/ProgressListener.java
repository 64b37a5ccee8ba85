package dev.flamefix.validator;

/** Receives stage events while a validation runs (e.g. to stream them to a dashboard). */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores everything. */
  ProgressListener NONE = event -> { };

  /** Called on the validating thread; keep it quick and do not throw. */
  void onEvent(StageEvent event);
}
