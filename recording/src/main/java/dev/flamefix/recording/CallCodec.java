package dev.flamefix.recording;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.Registration;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.serializers.DefaultSerializers.StringSerializer;
import com.esotericsoftware.kryo.util.DefaultClassResolver;
import com.esotericsoftware.kryo.util.DefaultInstantiatorStrategy;
import com.esotericsoftware.kryo.util.Pool;
import org.objenesis.strategy.StdInstantiatorStrategy;

/**
 * Copies one call's receiver and arguments into bytes, and reads them back in another JVM.
 *
 * <p>Kryo does the work: it copies records, collections, maps, arrays, strings, boxed and
 * {@code java.time} values, and plain objects field by field (objects without a no-argument
 * constructor are created through Objenesis when read back); shared and cyclic references are
 * kept. What cannot be copied faithfully is refused, never half-copied: threads, class loaders,
 * anything {@link AutoCloseable} (streams, sockets, channels, connections), executors, references,
 * lambdas and proxies. Encoding never throws: a call that cannot be recorded comes back as
 * {@link Encoded#skipped} with a short reason the agent counts.
 *
 * <p>Payload layout (version {@value #FORMAT_VERSION}): a version byte, the receiver (or null) and
 * a varint count of arguments, each written with {@code writeClassAndObject}.
 */
public final class CallCodec {
  /** The payload version this codec writes and reads. */
  public static final int FORMAT_VERSION = 1;
  /** Default cap of one call's payload. */
  public static final int DEFAULT_MAX_BYTES = 64 * 1024;
  /** Deepest object nesting copied; deeper graphs are skipped as {@code too_deep}. */
  public static final int MAX_DEPTH = 64;

  private final Pool<Kryo> pool;
  private final int maxBytes;

  private CallCodec(Pool<Kryo> pool, int maxBytes) {
    this.pool = pool;
    this.maxBytes = maxBytes;
  }

  /** The agent's side: strings redacted, payloads capped at {@code maxBytes}. */
  public static CallCodec recording(final Redaction redaction, int maxBytes) {
    if (maxBytes < 64) {
      throw new IllegalArgumentException("maxBytes must be at least 64: " + maxBytes);
    }
    return new CallCodec(new Pool<Kryo>(true, false, 8) {
      @Override
      protected Kryo create() {
        Kryo kryo = newKryo(new RefusingClassResolver());
        kryo.register(String.class, new RedactingStringSerializer(redaction));
        return kryo;
      }
    }, maxBytes);
  }

  /** The reading side (the validator's child), resolving classes through {@code loader}. */
  public static CallCodec replaying(final ClassLoader loader) {
    return new CallCodec(new Pool<Kryo>(true, false, 8) {
      @Override
      protected Kryo create() {
        Kryo kryo = newKryo(new DefaultClassResolver());
        kryo.setClassLoader(loader);
        return kryo;
      }
    }, Integer.MAX_VALUE);
  }

  private static Kryo newKryo(DefaultClassResolver resolver) {
    Kryo kryo = new Kryo(resolver, null);
    kryo.setRegistrationRequired(false);
    kryo.setWarnUnregisteredClasses(false);
    kryo.setReferences(true);
    kryo.setMaxDepth(MAX_DEPTH);
    kryo.setInstantiatorStrategy(new DefaultInstantiatorStrategy(new StdInstantiatorStrategy()));
    return kryo;
  }

  /**
   * Copies a call. Never throws (a host thread calls this): whatever goes wrong is a skip reason.
   *
   * @param receiver the instance the method ran on, or {@code null} for a static method
   * @param arguments the arguments, as passed
   */
  public Encoded encode(Object receiver, Object[] arguments) {
    Kryo kryo = null;
    try {
      kryo = pool.obtain();
      Output output = new Output(Math.min(1024, maxBytes), maxBytes);
      output.writeByte(FORMAT_VERSION);
      kryo.writeClassAndObject(output, receiver);
      output.writeVarInt(arguments.length, true);
      for (Object argument : arguments) {
        kryo.writeClassAndObject(output, argument);
      }
      return Encoded.ok(output.toBytes());
    } catch (Unrecordable e) {
      return Encoded.skipped("unrecordable_type", e.getMessage());
    } catch (KryoException e) {
      String message = String.valueOf(e.getMessage());
      if (message.startsWith("Buffer overflow")) {
        return Encoded.skipped("too_large", "payload over " + maxBytes + " bytes");
      }
      if (message.contains("Max depth exceeded")) {
        return Encoded.skipped("too_deep", "object graph deeper than " + MAX_DEPTH);
      }
      return Encoded.skipped("unserializable", firstLine(message));
    } catch (StackOverflowError e) {
      return Encoded.skipped("too_deep", "stack overflow while copying");
    } catch (Throwable e) {
      // Concurrent modification by another host thread, encapsulated JDK internals, ...
      return Encoded.skipped("unserializable", e.getClass().getSimpleName() + ": " + firstLine(String.valueOf(e.getMessage())));
    } finally {
      if (kryo != null) {
        kryo.reset();
        pool.free(kryo);
      }
    }
  }

  /**
   * Reads a payload back: element 0 is the receiver (or {@code null}), the rest the arguments.
   *
   * @throws RecordingFormatException when the bytes are not a payload of this version or name a
   *     class the loader cannot find
   */
  public Object[] decode(byte[] payload) {
    Kryo kryo = pool.obtain();
    try {
      Input input = new Input(payload);
      int version = input.readByte();
      if (version != FORMAT_VERSION) {
        throw new RecordingFormatException("payload version " + version + ", expected " + FORMAT_VERSION);
      }
      Object receiver = kryo.readClassAndObject(input);
      int count = input.readVarInt(true);
      if (count < 0 || count > 255) {
        throw new RecordingFormatException("bad argument count " + count);
      }
      Object[] call = new Object[count + 1];
      call[0] = receiver;
      for (int i = 1; i <= count; i++) {
        call[i] = kryo.readClassAndObject(input);
      }
      return call;
    } catch (KryoException e) {
      throw new RecordingFormatException("cannot read recorded call: " + firstLine(String.valueOf(e.getMessage())), e);
    } finally {
      kryo.reset();
      pool.free(kryo);
    }
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** The outcome of copying one call: bytes, or why not. */
  public static final class Encoded {
    private final byte[] payload;
    private final String skipReason;
    private final String detail;

    private Encoded(byte[] payload, String skipReason, String detail) {
      this.payload = payload;
      this.skipReason = skipReason;
      this.detail = detail;
    }

    static Encoded ok(byte[] payload) {
      return new Encoded(payload, null, null);
    }

    static Encoded skipped(String reason, String detail) {
      return new Encoded(null, reason, detail);
    }

    /** Whether the call was copied. */
    public boolean isOk() {
      return payload != null;
    }

    /** The copy; {@code null} when skipped. */
    public byte[] payload() {
      return payload;
    }

    /** A stable reason code when skipped: {@code too_large}, {@code too_deep}, {@code unrecordable_type}, {@code unserializable}. */
    public String skipReason() {
      return skipReason;
    }

    /** A one-line human explanation when skipped. */
    public String detail() {
      return detail;
    }
  }

  /** Thrown inside Kryo to stop at a type that must not be copied. */
  static final class Unrecordable extends RuntimeException {
    Unrecordable(Class<?> type) {
      super("cannot record a " + type.getName(), null, false, false);
    }
  }

  /** Registers classes on first sight like Kryo's default, but refuses the ones named above. */
  static final class RefusingClassResolver extends DefaultClassResolver {
    @Override
    public Registration registerImplicit(Class type) {
      if (RecordableTypes.refuses(type)) {
        throw new Unrecordable(type);
      }
      return super.registerImplicit(type);
    }
  }

  /** Writes every string through the redaction rules; the wire format is Kryo's own. */
  static final class RedactingStringSerializer extends StringSerializer {
    private final Redaction redaction;

    RedactingStringSerializer(Redaction redaction) {
      this.redaction = redaction;
    }

    @Override
    public void write(Kryo kryo, Output output, String value) {
      super.write(kryo, output, redaction.apply(value));
    }
  }
}
