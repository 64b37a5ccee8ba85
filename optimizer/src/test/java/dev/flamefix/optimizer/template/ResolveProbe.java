package dev.flamefix.optimizer.template;

import com.github.javaparser.ast.expr.NameExpr;
import dev.flamefix.kb.seed.SeedCase;
import dev.flamefix.kb.seed.SeedCorpus;
import dev.flamefix.optimizer.target.JavaSources;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ResolveProbe {
  @Test
  void probe() throws Exception {
    var m = TemplateLearner.class.getDeclaredMethod("seedDomainRoot");
    m.setAccessible(true);
    Path root = (Path) m.invoke(null);
    System.out.println("PROBE root " + root);
    for (SeedCase sc : SeedCorpus.fromClasspath(SeedCorpus.RESOURCE_ROOT)) {
      if (!sc.metadata().id().equals("lookup-cache-containskey-get-put")) continue;
      System.out.println("PROBE CODE " + sc.toCase().slowCode().substring(0, 200));
      var cu = JavaSources.parse(JavaSources.parser(root), sc.slowSource(), "x");
      for (NameExpr n : cu.findAll(NameExpr.class)) {
        try { System.out.println("PROBE " + n + " : " + n.calculateResolvedType().describe()); }
        catch (Throwable e) { System.out.println("PROBE " + n + " FAIL " + e); }
      }
    }
  }
}
