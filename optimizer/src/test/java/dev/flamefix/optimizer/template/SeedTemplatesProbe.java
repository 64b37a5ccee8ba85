package dev.flamefix.optimizer.template;

import dev.flamefix.kb.seed.SeedCase;
import dev.flamefix.kb.seed.SeedCorpus;
import org.junit.jupiter.api.Test;

class SeedTemplatesProbe {
  @Test
  void probe() {
    TemplateLearner l = new TemplateLearner();
    int n = 0, ok = 0;
    for (SeedCase sc : SeedCorpus.fromClasspath(SeedCorpus.RESOURCE_ROOT)) {
      n++;
      var t = l.learn(sc.toCase());
      if (t.isPresent()) ok++;
      System.out.println("PROBE " + sc.metadata().id() + " -> " + t.map(Template::describe).orElse("NONE"));
    }
    System.out.println("PROBE total " + ok + "/" + n);
  }
}
