package dev.flamefix.agent.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** Accepts connections, reads a little of the request and answers with bytes that are not HTTP. */
final class GarbageServer implements AutoCloseable {

  private final ServerSocket socket;
  private final AtomicInteger connections = new AtomicInteger();

  GarbageServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::serve, "garbage-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  int connections() {
    return connections.get();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        connections.incrementAndGet();
        client.setSoTimeout(2000);
        InputStream in = client.getInputStream();
        in.read(new byte[512]);
        OutputStream out = client.getOutputStream();
        out.write("\u0000\u00ffNOT-HTTP garbage\r\n\r\n{{{".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      } catch (IOException e) {
        // closed or client gone; keep serving until close()
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
