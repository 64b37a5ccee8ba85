package dev.flamefix.server.retention;

/** Another process merged or deleted rows of a batch first; the batch was rolled back. */
public class ConcurrentMergeException extends RuntimeException {

  ConcurrentMergeException(RetentionRepository.Bucket bucket, int read, int deleted) {
    super("rows of " + bucket + " changed while merging (" + read + " read, " + deleted
        + " deleted); rolled back");
  }
}
