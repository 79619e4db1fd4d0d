package org.hadath.service;

/**
 * A request the service refuses: its HTTP status and a message for the caller, sent as a
 * JSON error by {@link Responses#error}.
 */
final class HttpError extends Exception {
  private static final long serialVersionUID = 1L;
  private final int status;

  HttpError(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
