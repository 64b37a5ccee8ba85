package dev.flamefix.agent.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The agent's private class loader: defines classes from {@code inst/<name>.classdata} entries of
 * the agent jar and serves resources from {@code inst/}.
 *
 * <p>The host application's class loaders see the jar only through its bootstrap package; nothing
 * under {@code inst/} resolves as a class for them, so neither our implementation nor
 * async-profiler's {@code one.profiler} classes can clash with, or leak into, the application.
 * The parent is the platform loader (Java 9+) or the bootstrap loader (Java 8), never the
 * application loader.
 */
final class IsolatedClassLoader extends ClassLoader {

  static final String PREFIX = "inst/";
  static final String CLASS_SUFFIX = ".classdata";

  static {
    registerAsParallelCapable();
  }

  private final JarFile jar;
  private final String jarUrl;
  private final ProtectionDomain domain;

  IsolatedClassLoader(File jarFile, ClassLoader parent) throws IOException {
    super(parent);
    this.jar = new JarFile(jarFile, false);
    URL location = jarFile.toURI().toURL();
    this.jarUrl = location.toExternalForm();
    this.domain = new ProtectionDomain(new CodeSource(location, (Certificate[]) null), null, this,
        null);
  }

  /** The platform class loader on Java 9+, {@code null} (bootstrap) on Java 8. */
  static ClassLoader platformOrBootstrap() {
    try {
      return (ClassLoader) ClassLoader.class.getMethod("getPlatformClassLoader").invoke(null);
    } catch (Exception java8) {
      return null;
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    JarEntry entry = jar.getJarEntry(PREFIX + name.replace('.', '/') + CLASS_SUFFIX);
    if (entry == null) {
      throw new ClassNotFoundException(name);
    }
    byte[] bytes;
    try (InputStream in = jar.getInputStream(entry)) {
      bytes = readAll(in);
    } catch (IOException e) {
      throw new ClassNotFoundException(name, e);
    }
    definePackageFor(name);
    return defineClass(name, bytes, 0, bytes.length, domain);
  }

  @Override
  protected URL findResource(String name) {
    JarEntry entry = entry(name);
    if (entry == null) {
      return null;
    }
    try {
      return new URL("jar:" + jarUrl + "!/" + entry.getName());
    } catch (MalformedURLException e) {
      return null;
    }
  }

  @Override
  protected Enumeration<URL> findResources(String name) {
    URL url = findResource(name);
    return url == null ? Collections.<URL>emptyEnumeration() : Collections.enumeration(
        Collections.singletonList(url));
  }

  @Override
  public InputStream getResourceAsStream(String name) {
    // Read straight from the open jar: no URL connection caching, no second JarFile.
    JarEntry entry = entry(name);
    if (entry == null) {
      return super.getResourceAsStream(name);
    }
    try {
      return jar.getInputStream(entry);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The jar entry behind a resource name. A {@code .class} resource of an isolated class is served
   * from its {@code .classdata} entry: Byte Buddy reads the recording advice's bytecode that way.
   */
  private JarEntry entry(String name) {
    JarEntry entry = jar.getJarEntry(PREFIX + name);
    if (entry == null && name.endsWith(".class")) {
      entry = jar.getJarEntry(PREFIX + name.substring(0, name.length() - ".class".length())
          + CLASS_SUFFIX);
    }
    return entry;
  }

  private void definePackageFor(String className) {
    int dot = className.lastIndexOf('.');
    if (dot <= 0) {
      return;
    }
    String pkg = className.substring(0, dot);
    synchronized (this) {
      if (getPackage(pkg) == null) {
        try {
          definePackage(pkg, null, null, null, null, null, null, null);
        } catch (IllegalArgumentException alreadyDefinedConcurrently) {
          // another thread won the race; the package exists, which is all we need
        }
      }
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) != -1; ) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
