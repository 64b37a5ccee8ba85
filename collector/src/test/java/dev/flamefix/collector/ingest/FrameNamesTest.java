package dev.flamefix.collector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameNamesTest {

  @Test
  void javaFramesAreDotted() {
    assertThat(FrameNames.canonical("com/acme/Foo.bar")).isEqualTo("com.acme.Foo.bar");
    assertThat(FrameNames.canonical("com.acme.Foo.bar")).isEqualTo("com.acme.Foo.bar");
    assertThat(FrameNames.canonical("com/acme/Foo$Inner.<init>")).isEqualTo("com.acme.Foo$Inner.<init>");
    assertThat(FrameNames.canonical("Main.main")).isEqualTo("Main.main");
  }

  @Test
  void signaturesAndFrameTypeAnnotationsAreDropped() {
    assertThat(FrameNames.canonical("com/acme/Foo.bar(Ljava/lang/String;)V"))
        .isEqualTo("com.acme.Foo.bar");
    assertThat(FrameNames.canonical("com/acme/Foo.bar_[j]")).isEqualTo("com.acme.Foo.bar");
    assertThat(FrameNames.canonical("com/acme/Foo.bar_[i]")).isEqualTo("com.acme.Foo.bar");
    assertThat(FrameNames.canonical("com/acme/Foo.bar_[1]")).isEqualTo("com.acme.Foo.bar");
  }

  @Test
  void hiddenClassAddressesAreDropped() {
    assertThat(FrameNames.canonical("java/lang/invoke/LambdaForm$MH.0x00007f9254142400.invoke"))
        .isEqualTo("java.lang.invoke.LambdaForm$MH.invoke");
    assertThat(FrameNames.canonical("com.acme.Foo$$Lambda$14/0x0000000800c03000.apply"))
        .isEqualTo("com.acme.Foo$$Lambda$14.apply");
  }

  @Test
  void nativeAndKernelSymbolsAreKeptAsTheyAre() {
    for (String s :
        new String[] {
          "[unknown]", "libc.so.6", "[libjvm.so]", "/usr/lib/libz.so", "JavaThread::run()",
          "do_syscall_64_[k]", "__memmove_avx_unaligned_erms", "void foo<int, int>()", "0x7f00"
        }) {
      assertThat(FrameNames.canonical(s)).as(s).isEqualTo(s);
      assertThat(FrameNames.isJavaMethod(s)).as(s).isFalse();
    }
  }

  @Test
  void splitsClassAndMethod() {
    assertThat(FrameNames.className("com.acme.Foo.bar")).isEqualTo("com.acme.Foo");
    assertThat(FrameNames.methodName("com.acme.Foo.bar")).isEqualTo("bar");
  }
}
