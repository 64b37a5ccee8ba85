package dev.flamefix.kb;

/**
 * A knowledge-base operation failed for a reason the caller should show to a person: a store that
 * cannot be opened or is corrupted, a Milvus server that does not answer, a vector of the wrong
 * dimension. The message names what failed and where.
 */
public class KnowledgeBaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KnowledgeBaseException(String message) {
    super(message);
  }

  public KnowledgeBaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
