package dev.flamefix.server.profiles;

/** The application has no stored profiles (404). */
public class AppNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** @param app the name asked for */
  public AppNotFoundException(String app) {
    super("no profiles stored for application '" + app + "'");
  }
}
