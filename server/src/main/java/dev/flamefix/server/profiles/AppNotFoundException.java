package dev.flamefix.server.profiles;

import dev.flamefix.server.appconfig.NotFoundException;

/** The application has no stored profiles (404). */
public class AppNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  /** @param app the name asked for */
  public AppNotFoundException(String app) {
    super("Unknown application", "unknown_app", "no profiles stored for application '" + app + "'");
  }
}
