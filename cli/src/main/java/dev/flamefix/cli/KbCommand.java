package dev.flamefix.cli;

import dev.flamefix.kb.ImportResult;
import dev.flamefix.kb.KnowledgeBase;
import dev.flamefix.kb.KnowledgeBaseSettings;
import dev.flamefix.kb.ScoredCase;
import dev.flamefix.kb.store.LuceneVectorStore;
import dev.flamefix.pipeline.KnowledgeBaseOptions;
import dev.flamefix.pipeline.seed.MeasureSeedsCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code flamefix kb import FILE | kb search QUERY | kb copy --to milvus}: the knowledge base in
 * Milvus when {@code FLAMEFIX_MILVUS_URI} (or {@code --milvus-uri}) is set, else the embedded store
 * under {@code <data-dir>/kb} (seeded on first open; run it while no server holds the same
 * directory). {@code kb copy} copies the embedded store into Milvus. {@code kb measure-seeds}
 * re-measures the shipped seed corpus with the validator (the pipeline module's {@link
 * MeasureSeedsCommand}).
 */
@Command(name = "kb", mixinStandardHelpOptions = true,
    description = "Import into, search or copy the knowledge base; re-measure its seed corpus.",
    subcommands = {KbCommand.Import.class, KbCommand.Search.class, KbCommand.Copy.class, MeasureSeedsCommand.class})
public final class KbCommand {

  @Option(names = "--data-dir", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "flamefix data directory (default: ~/.flamefix); the embedded store is <data-dir>/kb.")
  Path dataDir;

  Path embeddedDirectory() {
    return (dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".flamefix")).resolve("kb");
  }

  /** Opens the chosen store, saying on stderr which one it is. */
  KnowledgeBase open(KnowledgeBaseOptions options, PrintWriter err) {
    KnowledgeBaseSettings settings = options.resolve(embeddedDirectory());
    err.println("knowledge base: " + settings.describe());
    err.flush();
    return settings.open();
  }

  /** {@code kb import FILE}. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Import cases from JSONL (flamefix format, or --pie for input/target/rate lines).")
  static final class Import implements Callable<Integer> {
    @ParentCommand KbCommand parent;
    @Spec CommandSpec spec;

    @Mixin KnowledgeBaseOptions store;

    @Parameters(index = "0", description = "The JSONL file.")
    Path file;

    @Option(names = "--pie", description = "PIE-style lines (input, target, summary, rate).")
    boolean pie;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (!Files.isRegularFile(file)) {
        err.println("flamefix kb import: no such file: " + file);
        return 2;
      }
      try (KnowledgeBase kb = parent.open(store, err)) {
        ImportResult r = pie ? kb.importPieJsonl(file) : kb.importJsonl(file);
        out.println("imported " + r.imported() + " case(s); " + r.errors().size() + " bad line(s); "
            + kb.count() + " case(s) in the knowledge base");
        r.errors().forEach(e -> err.println("  " + e));
        out.flush();
        return r.errors().isEmpty() ? 0 : 1;
      }
    }
  }

  /** {@code kb search QUERY}. */
  @Command(name = "search", mixinStandardHelpOptions = true,
      description = "The cases whose slow code is most similar to QUERY (code or words; @file reads a file).")
  static final class Search implements Callable<Integer> {
    @ParentCommand KbCommand parent;
    @Spec CommandSpec spec;

    @Mixin KnowledgeBaseOptions store;

    @Parameters(index = "0", description = "Code or words, or @file.")
    String query;

    @Option(names = {"-n", "--limit"}, defaultValue = "5", description = "Results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      String q = query.startsWith("@") ? Files.readString(Path.of(query.substring(1))) : query;
      try (KnowledgeBase kb = parent.open(store, spec.commandLine().getErr())) {
        List<ScoredCase> hits = kb.search(q, limit);
        out.printf(Locale.ROOT, "%6s  %6s  %-28s  %-8s  %s%n", "sim", "rate", "category", "source", "summary");
        for (ScoredCase h : hits) {
          String summary = h.match().summary().replaceAll("\\s+", " ");
          out.printf(Locale.ROOT, "%6.3f  %5.1fx  %-28s  %-8s  %s%n", h.similarity(), h.match().rate(),
              h.match().category(), h.match().source().wireName(), summary.length() > 80 ? summary.substring(0, 77) + "..." : summary);
        }
        out.flush();
        return hits.isEmpty() ? 1 : 0;
      }
    }
  }

  /** {@code kb copy --to milvus}. */
  @Command(name = "copy", mixinStandardHelpOptions = true,
      description = {"Copy the embedded knowledge base (cases and vectors) into Milvus.",
          "Cases with the same id are replaced; what the collection already holds stays."})
  static final class Copy implements Callable<Integer> {
    @ParentCommand KbCommand parent;
    @Spec CommandSpec spec;
    @Mixin KnowledgeBaseOptions store;

    @Option(names = "--to", required = true, paramLabel = "milvus", description = "Target store: milvus.")
    String to;

    @Option(names = "--from", paramLabel = "DIR", description = "Embedded store to copy (default: <data-dir>/kb).")
    Path from;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (!"milvus".equals(to)) {
        err.println("flamefix kb copy: --to must be milvus, was " + to);
        return 2;
      }
      Path source = from != null ? from : parent.embeddedDirectory();
      KnowledgeBaseSettings target = store.resolve(source);
      if (!target.usesMilvus()) {
        err.println("flamefix kb copy: no Milvus configured: set FLAMEFIX_MILVUS_URI or --milvus-uri");
        return 2;
      }
      if (!LuceneVectorStore.exists(source)) {
        err.println("flamefix kb copy: no embedded knowledge base at " + source.toAbsolutePath());
        return 2;
      }
      try (KnowledgeBase embedded = KnowledgeBase.builder().luceneStore(source).loadSeed(false).build();
           KnowledgeBase milvus = KnowledgeBase.builder().settings(target).embedder(embedded.embedder()).loadSeed(false).build()) {
        long copied = embedded.copyTo(milvus.store());
        out.println("copied " + copied + " case(s) from embedded Lucene store at " + source.toAbsolutePath() + " to "
            + target.describe() + "; " + milvus.count() + " case(s) there");
        out.flush();
        return 0;
      }
    }
  }
}
