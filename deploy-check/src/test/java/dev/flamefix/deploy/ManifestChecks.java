package dev.flamefix.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Cross-references a set of manifests the way the API server and kubelet would at run time:
 * selectors select the pods they are meant for, named ports and volumes exist, every Secret key a
 * pod reads exists (or is optional, or lives in a Secret the user provides), HPAs target a
 * Deployment, and HTTP probes of flamefix containers call paths the server really serves.
 */
final class ManifestChecks {

  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");

  private final List<HasMetadata> resources;
  private final Set<String> externalSecrets;
  private final String flamefixImagePrefix;
  private final Set<String> serverProbePaths;
  private final List<String> problems = new ArrayList<>();

  /**
   * @param externalSecrets Secrets the user creates (secrets.existingSecret), which pods may read
   *     without the chart rendering them
   * @param flamefixImagePrefix image repository of the flamefix containers, whose probes are checked
   * @param serverProbePaths the HTTP paths the server serves without authentication
   */
  ManifestChecks(List<HasMetadata> resources, Set<String> externalSecrets, String flamefixImagePrefix,
      Set<String> serverProbePaths) {
    this.resources = resources;
    this.externalSecrets = externalSecrets;
    this.flamefixImagePrefix = flamefixImagePrefix;
    this.serverProbePaths = serverProbePaths;
  }

  /** Every problem found; empty when the set is consistent. */
  List<String> problems() {
    problems.clear();
    checkNames();
    for (HasMetadata r : resources) {
      if (r instanceof Deployment d) {
        checkSelector(r, d.getSpec().getSelector().getMatchLabels(), d.getSpec().getTemplate());
        checkPod(r, d.getSpec().getTemplate());
      } else if (r instanceof StatefulSet s) {
        checkSelector(r, s.getSpec().getSelector().getMatchLabels(), s.getSpec().getTemplate());
        checkPod(r, s.getSpec().getTemplate());
        if (find(Service.class, s.getSpec().getServiceName()) == null) {
          problems.add(where(r) + ": serviceName " + s.getSpec().getServiceName() + " is not a rendered Service");
        }
      } else if (r instanceof Service s) {
        checkService(s);
      } else if (r instanceof HorizontalPodAutoscaler h) {
        checkHpa(h);
      }
    }
    return List.copyOf(problems);
  }

  private void checkNames() {
    Set<String> seen = new HashSet<>();
    for (HasMetadata r : resources) {
      String name = r.getMetadata() == null ? null : r.getMetadata().getName();
      if (name == null || name.isEmpty()) {
        problems.add(r.getKind() + " without metadata.name");
        continue;
      }
      if (!seen.add(r.getKind() + "/" + name)) {
        problems.add(where(r) + " rendered twice");
      }
      boolean label = r instanceof Service;
      if (label ? name.length() > 63 || !DNS_LABEL.matcher(name).matches()
          : name.length() > 253 || !DNS_SUBDOMAIN.matcher(name).matches()) {
        problems.add(where(r) + ": name is not a valid DNS " + (label ? "label" : "subdomain"));
      }
    }
  }

  private void checkSelector(HasMetadata owner, Map<String, String> selector, PodTemplateSpec template) {
    if (selector == null || selector.isEmpty()) {
      problems.add(where(owner) + ": empty selector");
      return;
    }
    Map<String, String> labels = template.getMetadata() == null ? Map.of() : template.getMetadata().getLabels();
    if (labels == null || !labels.entrySet().containsAll(selector.entrySet())) {
      problems.add(where(owner) + ": selector " + selector + " does not match pod labels " + labels);
    }
  }

  private void checkPod(HasMetadata owner, PodTemplateSpec template) {
    var spec = template.getSpec();
    if (spec.getContainers() == null || spec.getContainers().isEmpty()) {
      problems.add(where(owner) + ": no containers");
      return;
    }
    Set<String> volumes = new HashSet<>();
    for (Volume v : nullSafe(spec.getVolumes())) {
      if (!volumes.add(v.getName())) {
        problems.add(where(owner) + ": volume " + v.getName() + " twice");
      }
    }
    if (owner instanceof StatefulSet s) {
      nullSafe(s.getSpec().getVolumeClaimTemplates()).forEach(c -> volumes.add(c.getMetadata().getName()));
    }
    String account = spec.getServiceAccountName();
    if (account != null && !account.equals("default") && find(ServiceAccount.class, account) == null) {
      problems.add(where(owner) + ": serviceAccountName " + account + " is not rendered");
    }
    Set<String> containerNames = new HashSet<>();
    Stream.concat(nullSafe(spec.getInitContainers()).stream(), spec.getContainers().stream()).forEach(c -> {
      String at = where(owner) + " container " + c.getName();
      if (c.getName() == null || !containerNames.add(c.getName())) {
        problems.add(at + ": missing or repeated name");
      }
      if (c.getImage() == null || c.getImage().isBlank()) {
        problems.add(at + ": no image");
      }
      for (VolumeMount m : nullSafe(c.getVolumeMounts())) {
        if (!volumes.contains(m.getName())) {
          problems.add(at + ": mounts volume " + m.getName() + " the pod does not have");
        }
      }
      checkEnv(at, c);
      for (Probe p : Stream.of(c.getStartupProbe(), c.getLivenessProbe(), c.getReadinessProbe())
          .filter(Objects::nonNull).toList()) {
        checkProbe(at, c, p);
      }
    });
  }

  private void checkEnv(String at, Container c) {
    Set<String> names = new HashSet<>();
    for (EnvVar e : nullSafe(c.getEnv())) {
      if (!names.add(e.getName())) {
        problems.add(at + ": env " + e.getName() + " twice (the last one silently wins)");
      }
      SecretKeySelector ref = e.getValueFrom() == null ? null : e.getValueFrom().getSecretKeyRef();
      if (ref == null) {
        continue;
      }
      Secret secret = find(Secret.class, ref.getName());
      if (secret == null) {
        if (!externalSecrets.contains(ref.getName())) {
          problems.add(at + ": env " + e.getName() + " reads Secret " + ref.getName()
              + ", which is neither rendered nor the configured existing Secret");
        }
      } else if (!Boolean.TRUE.equals(ref.getOptional()) && !secretKeys(secret).contains(ref.getKey())) {
        problems.add(at + ": env " + e.getName() + " needs key " + ref.getKey() + " that Secret "
            + ref.getName() + " lacks");
      }
    }
  }

  private void checkProbe(String at, Container c, Probe p) {
    HTTPGetAction get = p.getHttpGet();
    if (get == null) {
      return;
    }
    checkPortRef(at + " probe", c, get.getPort());
    if (c.getImage() != null && c.getImage().startsWith(flamefixImagePrefix)
        && !serverProbePaths.contains(get.getPath())) {
      problems.add(at + ": probe path " + get.getPath() + " is not one the server serves " + serverProbePaths);
    }
  }

  private void checkPortRef(String at, Container c, IntOrString port) {
    if (port == null) {
      problems.add(at + ": no port");
    } else if (port.getStrVal() != null
        && nullSafe(c.getPorts()).stream().noneMatch(p -> port.getStrVal().equals(p.getName()))) {
      problems.add(at + ": port " + port.getStrVal() + " is not a named port of the container");
    }
  }

  private void checkService(Service s) {
    Map<String, String> selector = s.getSpec().getSelector();
    List<PodTemplateSpec> pods = podTemplates().stream()
        .filter(t -> selector != null && t.getMetadata().getLabels() != null
            && t.getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
        .toList();
    if (pods.isEmpty()) {
      problems.add(where(s) + ": selector " + selector + " selects no rendered pod");
      return;
    }
    for (ServicePort port : s.getSpec().getPorts()) {
      String named = port.getTargetPort() == null ? null : port.getTargetPort().getStrVal();
      if (named == null) {
        continue;
      }
      for (PodTemplateSpec pod : pods) {
        List<ContainerPort> ports = pod.getSpec().getContainers().stream()
            .flatMap(c -> nullSafe(c.getPorts()).stream()).toList();
        if (ports.stream().noneMatch(p -> named.equals(p.getName()))) {
          problems.add(where(s) + ": targetPort " + named + " is not a container port of the selected pods");
        }
      }
    }
  }

  private void checkHpa(HorizontalPodAutoscaler h) {
    var ref = h.getSpec().getScaleTargetRef();
    Deployment target = "Deployment".equals(ref.getKind()) && "apps/v1".equals(ref.getApiVersion())
        ? find(Deployment.class, ref.getName()) : null;
    if (target == null) {
      problems.add(where(h) + ": scaleTargetRef " + ref.getKind() + " " + ref.getName() + " is not a rendered Deployment");
      return;
    }
    if (target.getSpec().getReplicas() != null) {
      problems.add(where(target) + ": sets replicas although " + where(h) + " scales it (each upgrade would reset it)");
    }
    Integer min = h.getSpec().getMinReplicas();
    if (min != null && min > h.getSpec().getMaxReplicas()) {
      problems.add(where(h) + ": minReplicas > maxReplicas");
    }
    boolean cpuMetric = nullSafe(h.getSpec().getMetrics()).stream()
        .anyMatch(m -> m.getResource() != null && "cpu".equals(m.getResource().getName()));
    boolean cpuRequests = target.getSpec().getTemplate().getSpec().getContainers().stream()
        .allMatch(c -> c.getResources() != null && c.getResources().getRequests() != null
            && c.getResources().getRequests().containsKey("cpu"));
    if (cpuMetric && !cpuRequests) {
      problems.add(where(h) + ": CPU utilization needs cpu requests on every container of " + where(target));
    }
  }

  private List<PodTemplateSpec> podTemplates() {
    List<PodTemplateSpec> templates = new ArrayList<>();
    for (HasMetadata r : resources) {
      if (r instanceof Deployment d) {
        templates.add(d.getSpec().getTemplate());
      } else if (r instanceof StatefulSet s) {
        templates.add(s.getSpec().getTemplate());
      }
    }
    return templates;
  }

  static Set<String> secretKeys(Secret secret) {
    Map<String, String> keys = new LinkedHashMap<>();
    if (secret.getData() != null) {
      keys.putAll(secret.getData());
    }
    if (secret.getStringData() != null) {
      keys.putAll(secret.getStringData());
    }
    return keys.keySet();
  }

  private <T extends HasMetadata> T find(Class<T> type, String name) {
    return find(resources, type, name);
  }

  /** The rendered resource of that type and name, or null. */
  static <T extends HasMetadata> T find(List<HasMetadata> resources, Class<T> type, String name) {
    return resources.stream().filter(type::isInstance).map(type::cast)
        .filter(r -> r.getMetadata().getName().equals(name)).findFirst().orElse(null);
  }

  private static String where(HasMetadata r) {
    return r.getKind() + " " + r.getMetadata().getName();
  }

  private static <T> List<T> nullSafe(List<T> list) {
    return list == null ? List.of() : list;
  }
}
