package dev.flamefix.validator.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Objects are built through their class's own factories and constructors and receivers driven
 * through its mutators. The classes here are this test's own code (not candidates), so they run in
 * the test JVM.
 */
class InstancesTest {

  /** Only a private constructor, a checking factory, and a mutator. */
  public static final class Runs {
    private final List<Integer> values = new ArrayList<>();

    private Runs(int first) {
      values.add(first);
    }

    public static Runs of(int first) {
      if (first < 0) {
        throw new IllegalArgumentException("negative");
      }
      return new Runs(first);
    }

    public void add(int v) {
      values.add(v);
    }

    public int size() {
      return values.size();
    }

    public int first() {
      return values.get(0);
    }
  }

  /** Every way of building it throws. */
  public static final class Refuses {
    public Refuses(int n) {
      throw new IllegalStateException("never " + n);
    }

    public static Refuses parse(String s) {
      throw new UnsupportedOperationException("not " + s);
    }
  }

  /** An immutable value whose successors come from methods returning its own class. */
  public static final class Money {
    private final long cents;

    public Money(long cents) {
      this.cents = cents;
    }

    public Money plus(int more) {
      return new Money(cents + more);
    }

    public long cents() {
      return cents;
    }
  }

  private static ValueGenerator generator(long seed) {
    return new ValueGenerator(new Random(seed),
        ValueGenerator.Dictionary.of(List.of(), List.of(), List.of()));
  }

  @Test
  void buildsThroughTheFactoryNotThePrivateConstructor() {
    ValueGenerator generator = generator(1);
    for (int i = 0; i < 200; i++) {
      generator.beginCall();
      Value v = generator.random(Runs.class);
      assertThat(v).isInstanceOf(Value.Made.class);
      assertThat(v.render()).startsWith("Runs.of(");
      // The factory's check holds: no object of a state the class itself refuses.
      assertThat(((Runs) v.materialize()).first()).isNotNegative();
    }
  }

  @Test
  void drivesReceiversThroughMutatorsAndRendersTheSequence() {
    ValueGenerator generator = generator(2);
    Set<Integer> sizes = new HashSet<>();
    boolean rendered = false;
    for (int i = 0; i < 100; i++) {
      generator.beginCall();
      Value v = generator.receiver(Runs.class);
      Runs built = (Runs) v.materialize();
      sizes.add(built.size());
      if (v instanceof Value.Driven d) {
        assertThat(v.render()).startsWith("Runs.of(").contains(".add(");
        // The same plan builds the same state again (what the candidate's side relies on).
        assertThat(((Runs) v.materialize()).size()).isEqualTo(1 + d.calls().size());
        rendered = true;
      }
    }
    assertThat(rendered).isTrue();
    assertThat(sizes).contains(1, 2, 3, 4, 5);
  }

  @Test
  void methodsUnderTestAreNeitherFactoriesNorMutators() throws Exception {
    ValueGenerator generator = generator(3);
    generator.avoid(Runs.class.getMethod("add", int.class));
    for (int i = 0; i < 50; i++) {
      generator.beginCall();
      assertThat(generator.receiver(Runs.class).render()).doesNotContain(".add(");
    }
  }

  @Test
  void immutableValuesGoOnWithTheObjectTheirMethodsReturn() {
    ValueGenerator generator = generator(4);
    boolean moved = false;
    for (int i = 0; i < 100 && !moved; i++) {
      generator.beginCall();
      Value v = generator.receiver(Money.class);
      if (v instanceof Value.Driven d) {
        Value base = d.base();
        long start = ((Money) base.materialize()).cents();
        long sum = d.calls().stream().mapToLong(c -> (int) ((Value.Atom) c.arguments().get(0))
            .value()).sum();
        assertThat(((Money) v.materialize()).cents()).isEqualTo(start + sum);
        moved = sum != 0;
      }
    }
    assertThat(moved).isTrue();
  }

  @Test
  void anUnbuildableTypeIsNamedWithEveryWayTried() {
    ValueGenerator generator = generator(5);
    generator.beginCall();
    assertThatThrownBy(() -> generator.receiver(Refuses.class))
        .isInstanceOf(GenerationException.class)
        .hasMessageContaining("cannot build " + Refuses.class.getName())
        .hasMessageContaining("new Refuses(int)").hasMessageContaining("never")
        .hasMessageContaining("Refuses.parse(String)").hasMessageContaining("not ");
  }

  @Test
  void shrinkingDropsMutatorCalls() {
    ValueGenerator generator = generator(6);
    Value.Driven driven = null;
    for (int i = 0; i < 100 && (driven == null || driven.calls().size() < 2); i++) {
      generator.beginCall();
      if (generator.receiver(Runs.class) instanceof Value.Driven d) {
        driven = d;
      }
    }
    assertThat(driven).isNotNull();
    assertThat(driven.calls()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(driven.shrinks()).first().isEqualTo(new Value.Driven(driven.base(), List.of()));
    assertThat(driven.shrinks()).contains(new Value.Driven(driven.base(),
        driven.calls().subList(1, driven.calls().size())));
  }
}
