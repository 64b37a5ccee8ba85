package dev.flamefix.collector.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.collector.ingest.FrameNames;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionTest {

  private static final String RENDER = "dev.flamefix.examples.orders.OrderAnalytics.renderReport";

  /** A stack as async-profiler's collapsed output writes it, made canonical as ingest does. */
  private static List<String> stack(String collapsed) {
    List<String> out = new ArrayList<>();
    for (String f : collapsed.split(";")) {
      out.add(FrameNames.canonical(f));
    }
    return out;
  }

  private static final List<String> RENDER_INTO_JDK =
      stack(
          "java/lang/Thread.run;dev/flamefix/examples/orders/OrderService.main;"
              + "dev/flamefix/examples/orders/OrderService.runRound;"
              + "dev/flamefix/examples/orders/OrderAnalytics.renderReport;"
              + "java/lang/invoke/Invokers$Holder.linkToTargetMethod;"
              + "java/lang/invoke/LambdaForm$MH.0x00007f9254142400.invoke;"
              + "java/lang/StringConcatHelper.simpleConcat;java/lang/StringConcatHelper.newArray;"
              + "jdk/internal/misc/Unsafe.allocateUninitializedArray;OptoRuntime::new_array_C;"
              + "[unknown];clear_page_erms_[k]");

  @Test
  void jdkNativeAndKernelFramesAreChargedToTheCallingApplicationMethod() {
    Attribution a = Attribution.builder().applicationPackages("dev.flamefix.examples").build();
    int at = a.attributedIndex(RENDER_INTO_JDK);
    assertThat(RENDER_INTO_JDK.get(at)).isEqualTo(RENDER);
  }

  @Test
  void sameWithoutConfiguredPackages() {
    int at = Attribution.defaults().attributedIndex(RENDER_INTO_JDK);
    assertThat(RENDER_INTO_JDK.get(at)).isEqualTo(RENDER);
  }

  @Test
  void arrayCopyUnderRenderReport() {
    List<String> s =
        stack(
            "dev/flamefix/examples/orders/OrderService.main;"
                + "dev/flamefix/examples/orders/OrderAnalytics.renderReport;"
                + "java/lang/AbstractStringBuilder.ensureCapacityInternal;java/util/Arrays.copyOf;"
                + "[unknown]");
    assertThat(s.get(Attribution.defaults().attributedIndex(s))).isEqualTo(RENDER);
  }

  @Test
  void applicationLeafIsChargedToItself() {
    List<String> s = stack("java/lang/Thread.run;com/acme/Foo.outer;com/acme/Foo.inner");
    assertThat(s.get(Attribution.defaults().attributedIndex(s))).isEqualTo("com.acme.Foo.inner");
  }

  @Test
  void configuredLibraryFramesAreChargedToTheirCaller() {
    List<String> s =
        stack("com/acme/Api.handle;com/vendor/json/Parser.parse;com/vendor/json/Lexer.next");
    Attribution unconfigured = Attribution.defaults();
    assertThat(s.get(unconfigured.attributedIndex(s))).isEqualTo("com.vendor.json.Lexer.next");

    Attribution withLibrary = Attribution.builder().libraryPackages("com/vendor").build();
    assertThat(s.get(withLibrary.attributedIndex(s))).isEqualTo("com.acme.Api.handle");

    Attribution withApp = Attribution.builder().applicationPackages("com.acme.*").build();
    assertThat(s.get(withApp.attributedIndex(s))).isEqualTo("com.acme.Api.handle");
  }

  @Test
  void knownFrameworksAreLibrariesByDefault() {
    List<String> s =
        stack(
            "org/springframework/web/servlet/DispatcherServlet.doDispatch;"
                + "com/acme/web/OrderController.list;"
                + "com/fasterxml/jackson/databind/ObjectMapper.writeValueAsString");
    assertThat(s.get(Attribution.defaults().attributedIndex(s)))
        .isEqualTo("com.acme.web.OrderController.list");
  }

  @Test
  void stackWithoutApplicationFrameIsChargedToNoMethod() {
    List<String> gc = stack("clone3;start_thread;thread_native_entry;G1ParScanThreadState::trim_queue");
    assertThat(Attribution.defaults().attributedIndex(gc)).isEqualTo(-1);
    List<String> jdkOnly = stack("java/lang/Thread.run;java/util/concurrent/ThreadPoolExecutor.runWorker");
    assertThat(Attribution.defaults().attributedIndex(jdkOnly)).isEqualTo(-1);
  }

  @Test
  void packagePrefixesMatchWholeSegments() {
    Attribution a = Attribution.builder().applicationPackages("com.acme").build();
    assertThat(a.classify("com.acme.Foo.bar")).isEqualTo(FrameKind.APPLICATION);
    assertThat(a.classify("com.acmex.Foo.bar")).isEqualTo(FrameKind.LIBRARY);
  }

  @Test
  void classifiesEachKind() {
    Attribution a = Attribution.defaults();
    assertThat(a.classify("java.util.Arrays.copyOf")).isEqualTo(FrameKind.JDK);
    assertThat(a.classify("sun.nio.ch.SocketDispatcher.read0")).isEqualTo(FrameKind.JDK);
    assertThat(a.classify("com.sun.crypto.provider.AESCrypt.encryptBlock")).isEqualTo(FrameKind.JDK);
    assertThat(a.classify("jdk.internal.misc.Unsafe.park")).isEqualTo(FrameKind.JDK);
    assertThat(a.classify("[unknown]")).isEqualTo(FrameKind.NATIVE);
    assertThat(a.classify("libc.so.6")).isEqualTo(FrameKind.NATIVE);
    assertThat(a.classify("JavaThread::run")).isEqualTo(FrameKind.NATIVE);
    assertThat(a.classify("__memmove_avx_unaligned_erms")).isEqualTo(FrameKind.NATIVE);
    assertThat(a.classify("do_syscall_64_[k]")).isEqualTo(FrameKind.KERNEL);
    assertThat(a.classify("io.netty.channel.nio.NioEventLoop.run")).isEqualTo(FrameKind.LIBRARY);
    assertThat(a.classify("Main.main")).isEqualTo(FrameKind.APPLICATION);
  }
}
