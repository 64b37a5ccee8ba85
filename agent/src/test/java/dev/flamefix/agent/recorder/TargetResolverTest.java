package dev.flamefix.agent.recorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.testapp.Overloads;
import org.junit.jupiter.api.Test;

class TargetResolverTest {

  private final TargetResolver resolver = new TargetResolver(
      () -> new Class<?>[] {String.class, Overloads.class, TargetResolverTest.class});

  private static final String SAMPLE = Overloads.class.getName();

  @Test
  void aUniqueNameNeedsNoParameterList() throws Exception {
    RecordingTarget target = resolver.resolve(SAMPLE + "#twice");

    assertThat(target.type()).isEqualTo(Overloads.class);
    assertThat(target.method().getName()).isEqualTo("twice");
    assertThat(target.key()).isEqualTo(SAMPLE + "#twice(int)");
  }

  @Test
  void anOverloadedNameFailsNamingEveryOverload() {
    assertThatThrownBy(() -> resolver.resolve(SAMPLE + "#scale"))
        .isInstanceOf(TargetResolver.Unresolvable.class)
        .hasMessageContaining("is overloaded")
        .hasMessageContaining(SAMPLE + "#scale(int)")
        .hasMessageContaining(SAMPLE + "#scale(long)");
  }

  @Test
  void aParameterListPicksTheOverload() throws Exception {
    assertThat(resolver.resolve(SAMPLE + "#scale(long)").key()).isEqualTo(SAMPLE + "#scale(long)");
    assertThat(resolver.resolve(SAMPLE + "#scale( int )").key()).isEqualTo(SAMPLE + "#scale(int)");
    assertThatThrownBy(() -> resolver.resolve(SAMPLE + "#scale(java.lang.String)"))
        .hasMessageContaining("no method").hasMessageContaining("#scale(int)");
  }

  @Test
  void refusesWhatCannotOrMustNotBeInstrumented() {
    assertThatThrownBy(() -> resolver.resolve("com.acme.Missing#run"))
        .hasMessageContaining("class com.acme.Missing is not loaded in this JVM");
    assertThatThrownBy(() -> resolver.resolve(SAMPLE + "#nothing"))
        .hasMessageContaining("declares no method nothing");
    assertThatThrownBy(() -> resolver.resolve("java.lang.String#trim"))
        .hasMessageContaining("JDK and agent classes are never instrumented");
    assertThatThrownBy(() -> resolver.resolve(SAMPLE + "#later"))
        .hasMessageContaining("abstract or native");
    assertThatThrownBy(() -> resolver.resolve(TargetResolverTest.class.getName() + "#resolver"))
        .hasMessageContaining("JDK and agent classes are never instrumented");
    assertThatThrownBy(() -> resolver.resolve("not a key"))
        .hasMessageContaining("not a method");
  }
}
