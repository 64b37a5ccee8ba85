package dev.flamefix.pipeline;

import dev.flamefix.kb.KnowledgeBase;
import dev.flamefix.kb.KnowledgeBaseSettings;
import dev.flamefix.optimizer.Candidate;
import dev.flamefix.optimizer.Optimizer;
import dev.flamefix.optimizer.model.ExchangeLog;
import dev.flamefix.optimizer.model.ModelClient;
import dev.flamefix.optimizer.model.ModelOptions;
import dev.flamefix.optimizer.retrieval.KnowledgeBaseSuggestionSource;
import dev.flamefix.optimizer.retrieval.SuggestionSource;
import dev.flamefix.optimizer.template.TemplateLibrary;
import dev.flamefix.validator.ValidationOptions;
import dev.flamefix.validator.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Builds the product from its options: the knowledge base, the optimizer (recipe engine, model
 * clients, knowledge-base suggestions in model prompts) and the validator, and the
 * {@link CandidatePipeline} over them. The server, {@code flamefix optimize} and {@code flamefix
 * eval} assemble the product only through this class, so they cannot drift apart.
 *
 * <p>The knowledge base is opened on first use: when retrieval is on it feeds model prompts and the
 * retrieved cases' templates (so recipes-only runs use it too); with retrieval off a run never
 * pays for loading the embedding model. What the factory opened or
 * was handed to own (the embedded knowledge base, model clients) it closes in {@link #close()}; a
 * knowledge base supplied by the caller stays the caller's.
 */
public final class PipelineFactory implements AutoCloseable {

  private final Validator validator;
  private final Supplier<KnowledgeBase> knowledgeBaseSource;
  private final boolean ownsKnowledgeBase;
  private final boolean retrieval;
  private final List<ModelClient> models;
  private KnowledgeBase knowledgeBase;
  private boolean closed;

  private PipelineFactory(Builder b) {
    this.validator = new Validator(b.validation);
    this.knowledgeBaseSource = b.knowledgeBase;
    this.ownsKnowledgeBase = b.ownsKnowledgeBase;
    this.retrieval = b.retrieval;
    this.models = List.copyOf(b.models);
  }

  /** A factory with default validation, no knowledge base and no model. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The model configured by {@code flamefix.model.*} properties or {@code FLAMEFIX_MODEL_*}
   * variables (variables win), or none when no model name is set. The one reading of model
   * configuration outside Spring.
   *
   * @throws IllegalArgumentException for an invalid setting (unknown provider, bad number)
   */
  public static List<ModelClient> configuredModels(Properties properties, Map<String, String> env) {
    return configuredModels(key -> properties.getProperty("flamefix.model." + key), env);
  }

  /**
   * The same from settings by their key below {@code flamefix.model.} (a configuration-properties
   * object in the server).
   */
  public static List<ModelClient> configuredModels(Function<String, String> settings, Map<String, String> env) {
    String name = env.get("FLAMEFIX_MODEL_NAME");
    if (name == null || name.isBlank()) {
      name = settings.apply("name");
    }
    if (name == null || name.isBlank()) {
      return List.of();
    }
    return List.of(new ModelClient(ModelOptions.load(settings, env), new ExchangeLog()));
  }

  /**
   * Where the knowledge base lives, as configured by {@code flamefix.kb.milvus.*} properties or
   * {@code FLAMEFIX_MILVUS_*} variables (variables win): Milvus when a URI is set, else the
   * embedded store in {@code defaultDirectory}. The CLI's reading of {@link
   * KnowledgeBaseSettings#resolve} for commands without {@link KnowledgeBaseOptions}; the server
   * reads the same keys from its Spring environment.
   */
  public static KnowledgeBaseSettings configuredKnowledgeBase(
      Properties properties, Map<String, String> env, Path defaultDirectory) {
    return new KnowledgeBaseOptions().resolve(properties, env, defaultDirectory);
  }

  /** The validator, shared by every pipeline of this factory. */
  public Validator validator() {
    return validator;
  }

  /**
   * The knowledge base, opened on first call.
   *
   * @throws IllegalStateException when the factory was built without one
   */
  public synchronized KnowledgeBase knowledgeBase() {
    if (closed) {
      throw new IllegalStateException("the pipeline factory is closed");
    }
    if (knowledgeBase == null) {
      if (knowledgeBaseSource == null) {
        throw new IllegalStateException("no knowledge base configured");
      }
      knowledgeBase = Objects.requireNonNull(knowledgeBaseSource.get(), "knowledge base");
    }
    return knowledgeBase;
  }

  /**
   * An optimizer asking {@code clients} (none: recipe engine and templates only). When retrieval is
   * on and a knowledge base is configured, the retrieved cases go into model prompts and their
   * templates are applied; the knowledge base opens at the first search.
   */
  public Optimizer optimizer(List<ModelClient> clients) {
    if (!retrieval || knowledgeBaseSource == null) {
      return new Optimizer(SuggestionSource.none(), clients);
    }
    SuggestionSource suggestions = (code, m) -> new KnowledgeBaseSuggestionSource(knowledgeBase()).search(code, m);
    return new Optimizer(suggestions, clients, new TemplateLibrary(id -> knowledgeBase().get(id)));
  }

  /** The pipeline over {@code clients}, validating candidates in the order {@code order} gives. */
  public CandidatePipeline pipeline(List<ModelClient> clients, UnaryOperator<List<Candidate>> order) {
    return new CandidatePipeline(optimizer(clients), validator, order);
  }

  /** The pipeline over this factory's own models, in the optimizer's order (recipes first). */
  public CandidatePipeline pipeline() {
    return pipeline(models, list -> list);
  }

  /** Closes the model clients and the knowledge base this factory owns. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    RuntimeException failure = null;
    List<AutoCloseable> owned = new ArrayList<>(models);
    if (ownsKnowledgeBase && knowledgeBase != null) {
      owned.add(knowledgeBase);
    }
    for (AutoCloseable c : owned) {
      try {
        c.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException("closing " + c + " failed", e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Options of a {@link PipelineFactory}. */
  public static final class Builder {
    private ValidationOptions validation = ValidationOptions.defaults();
    private Supplier<KnowledgeBase> knowledgeBase;
    private boolean ownsKnowledgeBase;
    private boolean retrieval = true;
    private final List<ModelClient> models = new ArrayList<>();

    private Builder() {}

    /** The validator's options (default: {@link ValidationOptions#defaults()}). */
    public Builder validation(ValidationOptions value) {
      this.validation = Objects.requireNonNull(value);
      return this;
    }

    /** The embedded knowledge base in {@code directory}, opened on first use and closed with the factory. */
    public Builder embeddedKnowledgeBase(Path directory) {
      return knowledgeBase(KnowledgeBaseSettings.embedded(directory));
    }

    /**
     * The knowledge base {@code settings} choose (Milvus or embedded), opened on first use and
     * closed with the factory.
     */
    public Builder knowledgeBase(KnowledgeBaseSettings settings) {
      Objects.requireNonNull(settings);
      this.knowledgeBase = settings::open;
      this.ownsKnowledgeBase = true;
      return this;
    }

    /** A knowledge base the caller owns (the server's bean); asked on first use, never closed here. */
    public Builder knowledgeBase(Supplier<KnowledgeBase> shared) {
      this.knowledgeBase = Objects.requireNonNull(shared);
      this.ownsKnowledgeBase = false;
      return this;
    }

    /** Whether knowledge-base cases are retrieved, for model prompts and as templates (default true). */
    public Builder retrieval(boolean value) {
      this.retrieval = value;
      return this;
    }

    /** Model clients the factory's own pipeline asks; the factory closes them. */
    public Builder models(List<ModelClient> clients) {
      this.models.addAll(clients);
      return this;
    }

    /** The factory. */
    public PipelineFactory build() {
      return new PipelineFactory(this);
    }
  }
}
