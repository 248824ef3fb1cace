package org.dyad.store;

/**
 * The store cannot be opened or written: a locked, corrupt or too-new database file, a full disk.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
