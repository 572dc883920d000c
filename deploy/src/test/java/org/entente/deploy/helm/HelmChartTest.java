package org.entente.deploy.helm;

import static org.entente.deploy.helm.HelmChart.example;
import static org.entente.deploy.helm.HelmChart.render;
import static org.entente.deploy.helm.HelmChart.values;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Helm chart deploy/helm/entente, rendered with {@code helm template} (the chart's defaults and each
 * example values file) and read into the Kubernetes API model: what a cluster would be given.
 */
class HelmChartTest {

    private static final List<String> COMPONENTS = List.of("alliance-service", "agreement-service", "exercise-service", "gateway");
    private static final List<String> SERVICES = List.of("alliance-service", "agreement-service", "exercise-service");
    private static final List<String> EXAMPLES = List.of("values-external.yaml", "values-operators.yaml", "values-oidc.yaml");
    private static final String SELECTOR_COMPONENT = "app.kubernetes.io/component";
    private static final YAMLMapper YAML = new YAMLMapper();

    // --- the chart as a whole ---------------------------------------------------------------------

    static Stream<String> valuesFiles() {
        return Stream.concat(Stream.of("(defaults)"), EXAMPLES.stream());
    }

    private static Manifests rendered(String valuesFile) {
        return valuesFile.equals("(defaults)") ? render() : render(example(valuesFile));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesFiles")
    void everyRenderedDocumentFitsTheKubernetesApi(String valuesFile) {
        // render() reads every document strictly: an unknown kind or apiVersion, an unknown field or a
        // value of the wrong type fails the render with the path to it
        Manifests manifests = rendered(valuesFile);
        assertFalse(manifests.resources().isEmpty());
        for (HasMetadata resource : manifests.resources()) {
            assertAll(resource.getKind() + "/" + resource.getMetadata().getName(),
                    () -> assertEquals(HelmChart.NAMESPACE, resource.getMetadata().getNamespace(), "namespace"),
                    () -> assertEquals(HelmChart.RELEASE, resource.getMetadata().getLabels().get("app.kubernetes.io/instance"),
                            "release label"),
                    () -> assertTrue(resource.getMetadata().getName().matches("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?"),
                            "a DNS subdomain name"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesFiles")
    void helmLintStrictFindsNothingToComplainAbout(String valuesFile) {
        LintResult lint = valuesFile.equals("(defaults)") ? HelmChart.lint() : HelmChart.lint(example(valuesFile));
        assertFalse(lint.isFailed(), () -> "helm lint --strict: " + lint.getMessages());
        List<String> complaints = lint.getMessages().stream()
                .filter(m -> m.contains("[WARNING]") || m.contains("[ERROR]")).toList();
        assertEquals(List.of(), complaints);
    }

    @Test
    void theManifestCheckRefusesWhatTheKubernetesApiWouldNot() {
        String deployment = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: broken}
                spec:
                  selector: {matchLabels: {app: broken}}
                  template:
                    metadata: {labels: {app: broken}}
                    spec:
                      readinessProbe: {httpGet: {path: /q/health/ready, port: 8080}}
                      containers: [{name: broken, image: broken}]
                """;
        AssertionError misplaced = assertThrows(AssertionError.class, () -> KubernetesManifests.parse(deployment));
        assertTrue(misplaced.getMessage().contains("readinessProbe"), misplaced.getMessage());

        String wrongType = """
                apiVersion: v1
                kind: Service
                metadata: {name: broken}
                spec: {ports: [{port: "8080"}]}
                """;
        assertThrows(AssertionError.class, () -> KubernetesManifests.parse(wrongType));

        String retiredApi = """
                apiVersion: policy/v1beta1
                kind: PodDisruptionBudget
                metadata: {name: broken}
                spec: {maxUnavailable: 1}
                """;
        assertThrows(AssertionError.class, () -> KubernetesManifests.parse(retiredApi));
    }

    @Test
    void aMisspeltValueIsRefusedByTheValuesSchema() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> HelmChart.template(values("gateway:\n  replicas: 3\n")));
        assertTrue(refused.getMessage().contains("replicas"), refused.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contradictions")
    void contradictorySettingsStopTheRenderWithAMessage(String what, String yaml, String message) {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> HelmChart.template(values(yaml)));
        assertTrue(refused.getMessage().contains(message), refused.getMessage());
    }

    static Stream<Arguments> contradictions() {
        return Stream.of(
                Arguments.of("SASL without credentials",
                        "kafka: {securityProtocol: SASL_SSL, sasl: {mechanism: SCRAM-SHA-512}}", "needs credentials"),
                Arguments.of("SASL without a mechanism",
                        "kafka: {securityProtocol: SASL_SSL, sasl: {existingSecret: k}}", "needs kafka.sasl.mechanism"),
                Arguments.of("two token sources",
                        "auth: {jwksUrl: 'https://idp.example/certs', existingSecret: jwt}", "give one of"),
                Arguments.of("a MongoDB operator user without a password",
                        "operators: {mongodbCommunity: {enabled: true}}", "password"));
    }

    @Test
    void theInstallNotesTellHowToReachTheGatewayAndWhatIsMissing() {
        String defaults = HelmChart.installOutput();
        assertTrue(defaults.contains("port-forward service/entente-gateway 8080:8080"), defaults);
        assertTrue(defaults.contains("WARNING: no token key is configured"), defaults);
        assertTrue(defaults.contains("WARNING: postgresql.auth.password is empty"), defaults);
        assertTrue(defaults.contains("POST /api/v1/alliances/import-reference-data"), defaults);

        String oidc = HelmChart.installOutput(example("values-oidc.yaml"), values("postgresql: {auth: {password: p}}"));
        assertTrue(oidc.contains("https://api.entente.example.com/"), oidc);
        assertFalse(oidc.contains("WARNING"), oidc);

        String operators = HelmChart.installOutput(example("values-operators.yaml"));
        assertTrue(operators.contains("the PostgreSQL cluster entente-pg, the Kafka cluster entente-kafka, the MongoDB replica set entente-mongodb"),
                operators);
    }

    // --- workloads --------------------------------------------------------------------------------

    @Test
    void everyServiceIsADeploymentOfItsImageBehindAClusterIpServiceOnPort8080() {
        Manifests manifests = render();
        assertEquals(COMPONENTS.size(), manifests.all(Deployment.class).size(), manifests.names().toString());
        for (String component : COMPONENTS) {
            Deployment deployment = manifests.one(Deployment.class, name(component));
            Container container = container(deployment);
            Service service = manifests.one(Service.class, name(component));
            ServicePort port = service.getSpec().getPorts().get(0);
            assertAll(component,
                    () -> assertEquals("entente/" + component + ":0.1.0-SNAPSHOT", container.getImage()),
                    () -> assertEquals("IfNotPresent", container.getImagePullPolicy()),
                    () -> assertEquals(8080, container.getPorts().get(0).getContainerPort()),
                    () -> assertEquals("http", container.getPorts().get(0).getName()),
                    () -> assertEquals("ClusterIP", service.getSpec().getType()),
                    () -> assertEquals(1, service.getSpec().getPorts().size()),
                    () -> assertEquals(8080, port.getPort()),
                    () -> assertEquals("http", port.getTargetPort().getStrVal()),
                    () -> assertEquals(deployment.getSpec().getSelector().getMatchLabels(), service.getSpec().getSelector()),
                    () -> assertTrue(deployment.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                            .containsAll(service.getSpec().getSelector().entrySet()), "the Service selects the pods"));
        }
    }

    @Test
    void imagesComeFromTheConfiguredRegistryWithPerServiceOverrides() {
        Manifests manifests = render(values("""
                image: {registry: registry.example.com/, tag: "1.2.3"}
                gateway:
                  image: {repository: entente/gateway, registry: mirror.example.com, tag: "1.2.4", pullPolicy: Always}
                exerciseService:
                  image:
                    repository: entente/exercise-service
                    digest: sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                """));
        assertEquals("registry.example.com/entente/alliance-service:1.2.3",
                container(manifests.one(Deployment.class, name("alliance-service"))).getImage());
        Container gateway = container(manifests.one(Deployment.class, name("gateway")));
        assertEquals("mirror.example.com/entente/gateway:1.2.4", gateway.getImage());
        assertEquals("Always", gateway.getImagePullPolicy());
        assertEquals("registry.example.com/entente/exercise-service@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                container(manifests.one(Deployment.class, name("exercise-service"))).getImage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesFiles")
    void everyServiceIsProbedOnItsHealthEndpoints(String valuesFile) {
        for (Deployment deployment : rendered(valuesFile).all(Deployment.class)) {
            Container container = container(deployment);
            assertAll(deployment.getMetadata().getName(),
                    () -> assertHttpProbe("/q/health/ready", container.getReadinessProbe()),
                    () -> assertHttpProbe("/q/health/live", container.getLivenessProbe()),
                    () -> assertHttpProbe("/q/health/live", container.getStartupProbe()),
                    () -> assertTrue(container.getStartupProbe().getFailureThreshold() * container.getStartupProbe().getPeriodSeconds() >= 120,
                            "the first start (migrations) has two minutes"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesFiles")
    void everyServiceHasResourceRequestsAndLimits(String valuesFile) {
        for (Deployment deployment : rendered(valuesFile).all(Deployment.class)) {
            var resources = container(deployment).getResources();
            assertAll(deployment.getMetadata().getName(),
                    () -> assertNotNull(resources.getRequests().get("cpu"), "cpu request"),
                    () -> assertNotNull(resources.getRequests().get("memory"), "memory request"),
                    () -> assertNotNull(resources.getLimits().get("cpu"), "cpu limit"),
                    () -> assertNotNull(resources.getLimits().get("memory"), "memory limit"),
                    () -> assertTrue(Quantity.getAmountInBytes(resources.getLimits().get("memory"))
                            .compareTo(Quantity.getAmountInBytes(resources.getRequests().get("memory"))) >= 0,
                            "memory limit not below the request"));
        }
    }

    @Test
    void resourcesComeFromTheValuesOfEachService() {
        Manifests manifests = render(values("""
                exerciseService:
                  resources:
                    requests: {cpu: 500m, memory: 1Gi}
                    limits: {cpu: "2", memory: 2Gi}
                """));
        var resources = container(manifests.one(Deployment.class, name("exercise-service"))).getResources();
        assertEquals(new Quantity("500m"), resources.getRequests().get("cpu"));
        assertEquals(new Quantity("1Gi"), resources.getRequests().get("memory"));
        assertEquals(new Quantity("2"), resources.getLimits().get("cpu"));
        assertEquals(new Quantity("2Gi"), resources.getLimits().get("memory"));
        assertEquals(new Quantity("768Mi"),
                container(manifests.one(Deployment.class, name("gateway"))).getResources().getLimits().get("memory"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesFiles")
    void everyServiceRunsAsNonRootWithAReadOnlyRootFilesystem(String valuesFile) {
        for (Deployment deployment : rendered(valuesFile).all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Container container = container(deployment);
            var podSecurity = pod.getSecurityContext();
            var security = container.getSecurityContext();
            assertAll(deployment.getMetadata().getName(),
                    () -> assertEquals(Boolean.TRUE, podSecurity.getRunAsNonRoot(), "pod runAsNonRoot"),
                    () -> assertEquals(1001L, podSecurity.getRunAsUser(), "pod runAsUser"),
                    () -> assertEquals("RuntimeDefault", podSecurity.getSeccompProfile().getType(), "pod seccomp"),
                    () -> assertEquals(Boolean.TRUE, security.getRunAsNonRoot(), "runAsNonRoot"),
                    () -> assertEquals(1001L, security.getRunAsUser(), "runAsUser"),
                    () -> assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem(), "readOnlyRootFilesystem"),
                    () -> assertEquals(Boolean.FALSE, security.getAllowPrivilegeEscalation(), "allowPrivilegeEscalation"),
                    () -> assertEquals(List.of("ALL"), security.getCapabilities().getDrop(), "capabilities dropped"),
                    () -> assertTrue(security.getCapabilities().getAdd() == null || security.getCapabilities().getAdd().isEmpty(),
                            "no capability added"),
                    () -> assertEquals("RuntimeDefault", security.getSeccompProfile().getType(), "seccomp"),
                    () -> assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), "no service account token"),
                    () -> assertEquals("/tmp", mount(container, "tmp").getMountPath(), "a writable /tmp"),
                    () -> assertNotNull(volume(pod, "tmp").getEmptyDir(), "/tmp is an emptyDir"));
        }
    }

    @Test
    void theServiceAccountMountsNoToken() {
        var accounts = render().all(io.fabric8.kubernetes.api.model.ServiceAccount.class);
        assertEquals(1, accounts.size());
        assertEquals(Boolean.FALSE, accounts.get(0).getAutomountServiceAccountToken());
        for (Deployment deployment : render().all(Deployment.class)) {
            assertEquals(accounts.get(0).getMetadata().getName(), deployment.getSpec().getTemplate().getSpec().getServiceAccountName());
        }
    }

    @Test
    void theHeapIsSizedFromValuesThroughJavaToolOptions() {
        for (Deployment deployment : render().all(Deployment.class)) {
            assertEquals("-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError", env(container(deployment), "JAVA_TOOL_OPTIONS").getValue());
        }
        Manifests tuned = render(values("""
                javaToolOptions: "-XX:MaxRAMPercentage=60"
                gateway:
                  javaToolOptions: "-XX:MaxRAMPercentage=80 -XX:+UseSerialGC"
                """));
        assertEquals("-XX:MaxRAMPercentage=60", env(container(tuned.one(Deployment.class, name("alliance-service"))), "JAVA_TOOL_OPTIONS").getValue());
        assertEquals("-XX:MaxRAMPercentage=80 -XX:+UseSerialGC", env(container(tuned.one(Deployment.class, name("gateway"))), "JAVA_TOOL_OPTIONS").getValue());
    }

    @Test
    void everyServiceHasAPodDisruptionBudgetAndAHorizontalPodAutoscaler() {
        Manifests manifests = render();
        assertEquals(COMPONENTS.size(), manifests.all(PodDisruptionBudget.class).size());
        assertEquals(COMPONENTS.size(), manifests.all(HorizontalPodAutoscaler.class).size());
        for (String component : COMPONENTS) {
            Deployment deployment = manifests.one(Deployment.class, name(component));
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            PodDisruptionBudget pdb = manifests.one(PodDisruptionBudget.class, name(component));
            HorizontalPodAutoscaler hpa = manifests.one(HorizontalPodAutoscaler.class, name(component));
            MetricSpec metric = hpa.getSpec().getMetrics().get(0);
            assertAll(component,
                    () -> assertTrue(podLabels.entrySet().containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet()),
                            "the budget selects the pods"),
                    () -> assertEquals(component, pdb.getSpec().getSelector().getMatchLabels().get(SELECTOR_COMPONENT),
                            "and only this service's"),
                    () -> assertEquals(1, pdb.getSpec().getMaxUnavailable().getIntVal()),
                    () -> assertEquals("autoscaling/v2", hpa.getApiVersion()),
                    () -> assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind()),
                    () -> assertEquals(deployment.getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName()),
                    () -> assertEquals(2, hpa.getSpec().getMinReplicas()),
                    () -> assertTrue(hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas()),
                    () -> assertEquals("cpu", metric.getResource().getName()),
                    () -> assertEquals("Utilization", metric.getResource().getTarget().getType()),
                    () -> assertEquals(75, metric.getResource().getTarget().getAverageUtilization()),
                    () -> assertNull(deployment.getSpec().getReplicas(), "the autoscaler owns the replica count"));
        }
    }

    @Test
    void autoscalersAndDisruptionBudgetsCanBeSwitchedOff() {
        Manifests manifests = render(values("""
                allianceService:
                  replicaCount: 3
                  autoscaling: {enabled: false}
                  podDisruptionBudget: {enabled: false}
                gateway:
                  podDisruptionBudget: {enabled: true, minAvailable: 1, maxUnavailable: null}
                """));
        assertTrue(manifests.find(HorizontalPodAutoscaler.class, name("alliance-service")).isEmpty());
        assertTrue(manifests.find(PodDisruptionBudget.class, name("alliance-service")).isEmpty());
        assertEquals(3, manifests.one(Deployment.class, name("alliance-service")).getSpec().getReplicas());
        assertEquals(3, manifests.all(HorizontalPodAutoscaler.class).size());
        PodDisruptionBudget gateway = manifests.one(PodDisruptionBudget.class, name("gateway"));
        assertEquals(1, gateway.getSpec().getMinAvailable().getIntVal());
        assertNull(gateway.getSpec().getMaxUnavailable());
    }

    // --- network -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesFiles")
    void theServicesAcceptTrafficOnlyFromTheGatewayPods(String valuesFile) {
        Manifests manifests = rendered(valuesFile);
        Map<String, String> gatewayPods = manifests.one(Deployment.class, name("gateway")).getSpec().getTemplate().getMetadata().getLabels();
        for (String service : SERVICES) {
            NetworkPolicy policy = manifests.one(NetworkPolicy.class, name(service));
            Map<String, String> pods = manifests.one(Deployment.class, name(service)).getSpec().getTemplate().getMetadata().getLabels();
            List<NetworkPolicyIngressRule> rules = policy.getSpec().getIngress();
            NetworkPolicyIngressRule fromGateway = rules.get(0);
            NetworkPolicyPeer peer = fromGateway.getFrom().get(0);
            assertAll(service,
                    () -> assertEquals(List.of("Ingress"), policy.getSpec().getPolicyTypes()),
                    () -> assertTrue(pods.entrySet().containsAll(policy.getSpec().getPodSelector().getMatchLabels().entrySet()),
                            "the policy applies to the service's pods"),
                    () -> assertEquals(service, policy.getSpec().getPodSelector().getMatchLabels().get(SELECTOR_COMPONENT)),
                    () -> assertEquals(1, fromGateway.getFrom().size()),
                    () -> assertNull(peer.getNamespaceSelector(), "from this namespace only"),
                    () -> assertNull(peer.getIpBlock()),
                    () -> assertEquals("gateway", peer.getPodSelector().getMatchLabels().get(SELECTOR_COMPONENT)),
                    () -> assertTrue(gatewayPods.entrySet().containsAll(peer.getPodSelector().getMatchLabels().entrySet()),
                            "the peer is the gateway's pods"),
                    () -> assertEquals(8080, fromGateway.getPorts().get(0).getPort().getIntVal()),
                    () -> assertEquals(1, fromGateway.getPorts().size()));
            // any further rule is the metrics scrape, when allowed
            for (NetworkPolicyIngressRule other : rules.subList(1, rules.size())) {
                assertNotNull(other.getFrom().get(0).getNamespaceSelector(), service + ": only the monitoring namespace besides the gateway");
            }
        }
    }

    @Test
    void theGatewayTakesTrafficFromAnywhereOrFromTheConfiguredPeers() {
        NetworkPolicy open = render().one(NetworkPolicy.class, name("gateway"));
        assertEquals(1, open.getSpec().getIngress().size());
        assertTrue(open.getSpec().getIngress().get(0).getFrom().isEmpty(), "no from: any source");
        assertEquals(8080, open.getSpec().getIngress().get(0).getPorts().get(0).getPort().getIntVal());

        NetworkPolicy restricted = render(example("values-external.yaml")).one(NetworkPolicy.class, name("gateway"));
        NetworkPolicyPeer peer = restricted.getSpec().getIngress().get(0).getFrom().get(0);
        assertEquals("ingress-nginx", peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"));
    }

    @Test
    void aMonitoringNamespaceMayScrapeEveryPodOnlyWhenAllowed() {
        for (NetworkPolicy policy : render().all(NetworkPolicy.class)) {
            assertTrue(policy.getSpec().getIngress().stream().flatMap(r -> r.getFrom().stream())
                    .noneMatch(p -> p.getNamespaceSelector() != null), policy.getMetadata().getName());
        }
        Manifests allowed = render(values("networkPolicy: {metrics: {enabled: true}}"));
        for (NetworkPolicy policy : allowed.all(NetworkPolicy.class)) {
            NetworkPolicyIngressRule scrape = policy.getSpec().getIngress().get(policy.getSpec().getIngress().size() - 1);
            assertEquals("monitoring", scrape.getFrom().get(0).getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"),
                    policy.getMetadata().getName());
            assertEquals(8080, scrape.getPorts().get(0).getPort().getIntVal());
        }
    }

    @Test
    void onlyTheGatewayHasAnIngressAndOnlyWhenAskedFor() {
        assertEquals(List.of(), render().all(Ingress.class), "off by default");
        for (String file : List.of("values-external.yaml", "values-oidc.yaml")) {
            List<Ingress> ingresses = render(example(file)).all(Ingress.class);
            assertEquals(1, ingresses.size(), file);
            Ingress ingress = ingresses.get(0);
            IngressRule rule = ingress.getSpec().getRules().get(0);
            var backend = rule.getHttp().getPaths().get(0).getBackend().getService();
            assertAll(file,
                    () -> assertEquals(1, ingress.getSpec().getRules().size()),
                    () -> assertEquals(name("gateway"), backend.getName()),
                    () -> assertEquals("http", backend.getPort().getName()),
                    () -> assertEquals("nginx", ingress.getSpec().getIngressClassName()),
                    () -> assertEquals(List.of(rule.getHost()), ingress.getSpec().getTls().get(0).getHosts()),
                    () -> assertFalse(ingress.getSpec().getTls().get(0).getSecretName().isEmpty()));
        }
        Ingress custom = render(values("""
                ingress: {enabled: true, className: traefik, host: entente.internal, tls: {secretName: entente-tls}}
                """)).all(Ingress.class).get(0);
        assertEquals("traefik", custom.getSpec().getIngressClassName());
        assertEquals("entente.internal", custom.getSpec().getRules().get(0).getHost());
        assertEquals("entente-tls", custom.getSpec().getTls().get(0).getSecretName());
    }

    // --- configuration ----------------------------------------------------------------------------

    @Test
    void everyServiceReadsItsSettingsFromAConfigMapInItsWorkingDirectory() {
        Manifests manifests = render();
        for (String component : COMPONENTS) {
            Deployment deployment = manifests.one(Deployment.class, name(component));
            Volume config = volume(deployment.getSpec().getTemplate().getSpec(), "config");
            assertEquals(name(component), config.getConfigMap().getName(), component);
            assertEquals("/work/config", mount(container(deployment), "config").getMountPath(), component);
            assertTrue(manifests.one(ConfigMap.class, name(component)).getData().containsKey("application.properties"), component);
        }
        assertEquals("jdbc:postgresql://postgresql:5432/alliances?sslmode=require",
                properties(manifests, "alliance-service").getProperty("quarkus.datasource.jdbc.url"));
        assertEquals("jdbc:postgresql://postgresql:5432/agreements?sslmode=require",
                properties(manifests, "agreement-service").getProperty("quarkus.datasource.jdbc.url"));
        assertEquals("exercises", properties(manifests, "exercise-service").getProperty("quarkus.mongodb.database"));
        for (String service : SERVICES) {
            assertEquals("kafka:9092", properties(manifests, service).getProperty("kafka.bootstrap.servers"), service);
        }
        assertNull(properties(manifests, "gateway").getProperty("kafka.bootstrap.servers"), "the gateway uses no Kafka");
    }

    @Test
    void theGatewayFindsEachServiceThroughItsKubernetesService() {
        Manifests manifests = render();
        Properties gateway = properties(manifests, "gateway");
        for (String service : SERVICES) {
            String url = gateway.getProperty("entente.gateway.upstreams." + service + ".urls");
            Service kubernetesService = manifests.one(Service.class, name(service));
            assertEquals("http://" + kubernetesService.getMetadata().getName() + ":" + kubernetesService.getSpec().getPorts().get(0).getPort(),
                    url, service);
        }
        assertEquals("1200", gateway.getProperty("entente.gateway.rate-limit.requests"));
        assertEquals("6000", gateway.getProperty("entente.gateway.rate-limit.roles.admin"));
        assertEquals("300", gateway.getProperty("entente.gateway.rate-limit.routes.views.requests"));
    }

    @Test
    void settingsOfTheValuesReachTheServicesApplicationProperties() {
        Manifests manifests = render(values("""
                postgresql:
                  host: db.example
                  port: 6432
                  sslmode: verify-full
                  sslRootCert: {existingSecret: db-ca}
                  jdbcParameters: connectTimeout=10
                  maxPoolSize: 8
                kafka:
                  bootstrapServers: k1:9093,k2:9093
                  securityProtocol: SSL
                  tls: {truststore: {existingSecret: kafka-ca, key: ca.p12, type: PKCS12, passwordKey: ca.password}}
                  properties: {client.dns.lookup: use_all_dns_ips, request.timeout.ms: 60000}
                gateway:
                  corsOrigins: [https://a.example, https://b.example]
                  rateLimit: {enabled: true, requests: 100, period: 10s, routes: {views: {requests: 5, roles: {admin: 50}}}}
                  config: {entente.gateway.upstreams.exercise-service.response-timeout: 3s}
                allianceService:
                  config: {quarkus.log.level: DEBUG}
                """));
        Properties alliance = properties(manifests, "alliance-service");
        assertEquals("jdbc:postgresql://db.example:6432/alliances?sslmode=verify-full&sslrootcert=/etc/entente/postgresql/ca.crt&connectTimeout=10",
                alliance.getProperty("quarkus.datasource.jdbc.url"));
        assertEquals("8", alliance.getProperty("quarkus.datasource.jdbc.max-size"));
        assertEquals("DEBUG", alliance.getProperty("quarkus.log.level"));
        assertEquals("k1:9093,k2:9093", alliance.getProperty("kafka.bootstrap.servers"));
        assertEquals("SSL", alliance.getProperty("kafka.security.protocol"));
        assertEquals("/etc/entente/kafka/truststore/ca.p12", alliance.getProperty("kafka.ssl.truststore.location"));
        assertEquals("PKCS12", alliance.getProperty("kafka.ssl.truststore.type"));
        assertEquals("use_all_dns_ips", alliance.getProperty("kafka.client.dns.lookup"));
        assertEquals("60000", alliance.getProperty("kafka.request.timeout.ms"), "a whole number, not 6e+04");
        Deployment deployment = manifests.one(Deployment.class, name("alliance-service"));
        assertEquals("ca.password", env(container(deployment), "KAFKA_SSL_TRUSTSTORE_PASSWORD").getValueFrom().getSecretKeyRef().getKey());
        assertEquals("/etc/entente/postgresql", mount(container(deployment), "postgresql-ca").getMountPath());
        assertEquals("/etc/entente/kafka/truststore", mount(container(deployment), "kafka-truststore").getMountPath());

        Properties gateway = properties(manifests, "gateway");
        assertEquals("https://a.example,https://b.example", gateway.getProperty("quarkus.http.cors.origins"));
        assertEquals("100", gateway.getProperty("entente.gateway.rate-limit.requests"));
        assertEquals("10s", gateway.getProperty("entente.gateway.rate-limit.period"));
        assertEquals("5", gateway.getProperty("entente.gateway.rate-limit.routes.views.requests"));
        assertEquals("50", gateway.getProperty("entente.gateway.rate-limit.routes.views.roles.admin"));
        assertEquals("3s", gateway.getProperty("entente.gateway.upstreams.exercise-service.response-timeout"));
        assertNull(properties(manifests, "agreement-service").getProperty("quarkus.log.level"), "a service's config is its own");
    }

    @Test
    void aChangedSettingOrSecretRollsThePodsThatUseIt() {
        Manifests before = render(values("postgresql: {auth: {password: first}}"));
        Manifests sameAgain = render(values("postgresql: {auth: {password: first}}"));
        Manifests otherKafka = render(values("postgresql: {auth: {password: first}}\nkafka: {bootstrapServers: 'other:9092'}"));
        Manifests otherPassword = render(values("postgresql: {auth: {password: second}}"));
        assertEquals(annotations(before, "alliance-service"), annotations(sameAgain, "alliance-service"), "nothing changed, nothing rolls");
        assertNotEquals(annotations(before, "alliance-service").get("checksum/config"),
                annotations(otherKafka, "alliance-service").get("checksum/config"));
        assertEquals(annotations(before, "gateway").get("checksum/config"), annotations(otherKafka, "gateway").get("checksum/config"),
                "the gateway uses no Kafka");
        assertNotEquals(annotations(before, "agreement-service").get("checksum/secrets"),
                annotations(otherPassword, "agreement-service").get("checksum/secrets"));
        assertEquals(annotations(before, "agreement-service").get("checksum/config"),
                annotations(otherPassword, "agreement-service").get("checksum/config"), "a password is no setting");
    }

    @Test
    void tokensAreVerifiedWithTheOidcProvidersJwksInsteadOfAKey() {
        Manifests manifests = render(example("values-oidc.yaml"));
        for (String component : COMPONENTS) {
            Properties properties = properties(manifests, component);
            assertAll(component,
                    () -> assertEquals("https://keycloak.example.com/realms/entente/protocol/openid-connect/certs",
                            properties.getProperty("mp.jwt.verify.publickey.location")),
                    () -> assertEquals("https://keycloak.example.com/realms/entente", properties.getProperty("mp.jwt.verify.issuer")),
                    () -> assertEquals("realm_access/roles", properties.getProperty("smallrye.jwt.path.groups")),
                    () -> assertEquals("entente-api", properties.getProperty("mp.jwt.verify.audiences")),
                    () -> assertTrue(volumeNames(manifests.one(Deployment.class, name(component))).stream().noneMatch("jwt"::equals)));
        }
        assertTrue(chartSecrets(manifests, "jwt-public-key").isEmpty());
        assertEquals("true", properties(manifests, "gateway").getProperty("quarkus.http.proxy.proxy-address-forwarding"));
        assertEquals("10.0.0.0/8", properties(manifests, "gateway").getProperty("quarkus.http.proxy.trusted-proxies"));
    }

    @Test
    void aPublicKeyIsMountedFromItsSecretWhereTheServicesLookForIt() {
        Manifests manifests = render(values("auth: {issuer: 'https://issuer.example', publicKey: \"" + PUBLIC_KEY.replace("\n", "\\n") + "\"}"));
        Secret secret = manifests.one(Secret.class, name("jwt"));
        assertEquals(PUBLIC_KEY, decode(secret.getData().get("public-key.pem")));
        for (String component : COMPONENTS) {
            Deployment deployment = manifests.one(Deployment.class, name(component));
            assertEquals(secret.getMetadata().getName(), volume(deployment.getSpec().getTemplate().getSpec(), "jwt").getSecret().getSecretName());
            String location = properties(manifests, component).getProperty("mp.jwt.verify.publickey.location");
            VolumeMount mount = mount(container(deployment), "jwt");
            assertEquals(mount.getMountPath() + "/public-key.pem", location, component);
            assertEquals("https://issuer.example", properties(manifests, component).getProperty("mp.jwt.verify.issuer"));
        }
    }

    // --- secrets ----------------------------------------------------------------------------------

    private static final String PUBLIC_KEY = """
            -----BEGIN PUBLIC KEY-----
            MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtestKeyMaterialForTheChartTest
            -----END PUBLIC KEY-----
            """;

    @Test
    void noSecretValueAppearsInAnyConfigMapOrPlainEnvironmentVariable() {
        String pgPassword = "pg-S3cret-alliances";
        String kafkaPassword = "kafka-S3cret-sasl";
        String mongoPassword = "mongo-S3cret-uri";
        String mongoUri = "mongodb://exercises:" + mongoPassword + "@mongo-0.mongo:27017,mongo-1.mongo:27017/?replicaSet=rs0";
        String jaas = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"entente\" password=\"" + kafkaPassword + "\";";
        Manifests manifests = render(values("""
                postgresql: {auth: {username: entente, password: %s}}
                kafka:
                  securityProtocol: SASL_SSL
                  sasl: {mechanism: SCRAM-SHA-512, username: entente, password: %s}
                mongodb: {uri: '%s'}
                auth: {publicKey: "%s"}
                """.formatted(pgPassword, kafkaPassword, mongoUri, PUBLIC_KEY.replace("\n", "\\n"))));
        String keyMaterial = PUBLIC_KEY.lines().filter(l -> !l.startsWith("-----")).findFirst().orElseThrow();
        List<String> secretValues = List.of(pgPassword, kafkaPassword, mongoPassword, mongoUri, jaas, keyMaterial);

        String inConfigMaps = String.join("\n", manifests.all(ConfigMap.class).stream()
                .flatMap(c -> Stream.concat(c.getData().keySet().stream(), c.getData().values().stream())).toList());
        String inPlainEnv = String.join("\n", manifests.all(Deployment.class).stream()
                .flatMap(d -> container(d).getEnv().stream()).map(EnvVar::getValue).filter(Objects::nonNull).toList());
        String inSecrets = String.join("\n", manifests.all(Secret.class).stream()
                .flatMap(s -> s.getData().values().stream()).map(HelmChartTest::decode).toList());
        for (String value : secretValues) {
            assertFalse(inConfigMaps.contains(value), "in a ConfigMap: " + value);
            assertFalse(inPlainEnv.contains(value), "in an environment variable's value: " + value);
            assertTrue(inSecrets.contains(value), "kept in a Secret: " + value);
        }
        Deployment alliance = manifests.one(Deployment.class, name("alliance-service"));
        assertEquals(name("postgresql"), env(container(alliance), "QUARKUS_DATASOURCE_PASSWORD").getValueFrom().getSecretKeyRef().getName());
        assertEquals(name("kafka"), env(container(alliance), "KAFKA_SASL_JAAS_CONFIG").getValueFrom().getSecretKeyRef().getName());
        assertEquals(jaas, decode(manifests.one(Secret.class, name("kafka")).getData().get("sasl.jaas.config")));
        Deployment exercise = manifests.one(Deployment.class, name("exercise-service"));
        assertEquals(name("mongodb"), env(container(exercise), "QUARKUS_MONGODB_CONNECTION_STRING").getValueFrom().getSecretKeyRef().getName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("existingSecrets")
    void withAnExistingSecretTheChartRendersNoSecretForThatGroup(String group, String yaml, String existing) {
        Manifests manifests = render(values(yaml));
        assertEquals(List.of(), chartSecrets(manifests, group), "the chart's own Secret for " + group);
        Set<String> read = secretsReadByTheDeployments(manifests);
        assertTrue(read.contains(existing), existing + " is read: " + read);
        Set<String> renderedOrBrought = new HashSet<>(manifests.all(Secret.class).stream().map(s -> s.getMetadata().getName()).toList());
        renderedOrBrought.add(existing);
        assertTrue(renderedOrBrought.containsAll(read), "every Secret read is rendered or brought: " + read);
    }

    static Stream<Arguments> existingSecrets() {
        return Stream.of(
                Arguments.of("postgresql-credentials",
                        "postgresql: {auth: {password: ignored, existingSecret: my-postgresql}}", "my-postgresql"),
                Arguments.of("postgresql-ca",
                        "postgresql: {sslmode: verify-full, sslRootCert: {certificate: '-----BEGIN CERTIFICATE-----', existingSecret: my-ca}}",
                        "my-ca"),
                Arguments.of("kafka-credentials", """
                        kafka:
                          securityProtocol: SASL_SSL
                          sasl: {mechanism: SCRAM-SHA-512, username: u, password: ignored, existingSecret: my-kafka-user}
                        """, "my-kafka-user"),
                Arguments.of("kafka-truststore", """
                        kafka:
                          securityProtocol: SSL
                          tls: {truststore: {certificates: '-----BEGIN CERTIFICATE-----', existingSecret: my-kafka-ca}}
                        """, "my-kafka-ca"),
                Arguments.of("mongodb-credentials", "mongodb: {uri: 'mongodb://u:ignored@m', existingSecret: my-mongodb}", "my-mongodb"),
                Arguments.of("jwt-public-key", "auth: {existingSecret: my-jwt-key}", "my-jwt-key"));
    }

    @Test
    void everySecretTheDefaultsReadIsRenderedByTheChart() {
        Manifests manifests = render();
        Set<String> rendered = new HashSet<>(manifests.all(Secret.class).stream().map(s -> s.getMetadata().getName()).toList());
        assertTrue(rendered.containsAll(secretsReadByTheDeployments(manifests)), rendered.toString());
    }

    @Test
    void aServiceMayHaveADatabaseLoginOfItsOwn() {
        Manifests manifests = render(values("""
                postgresql:
                  auth: {username: shared, password: shared-password}
                  alliances: {auth: {existingSecret: alliances-login, usernameKey: user, passwordKey: pass}}
                """));
        var alliancePassword = env(container(manifests.one(Deployment.class, name("alliance-service"))), "QUARKUS_DATASOURCE_PASSWORD")
                .getValueFrom().getSecretKeyRef();
        assertEquals("alliances-login", alliancePassword.getName());
        assertEquals("pass", alliancePassword.getKey());
        assertEquals(name("postgresql"), env(container(manifests.one(Deployment.class, name("agreement-service"))), "QUARKUS_DATASOURCE_PASSWORD")
                .getValueFrom().getSecretKeyRef().getName());
        assertEquals("shared", decode(manifests.one(Secret.class, name("postgresql")).getData().get("username")));
    }

    @Test
    void theServiceMonitorScrapesTheFourServicesAndTheGatewayWithTheMetricsTokenItIsGiven() {
        Manifests plain = render(values("""
                metrics: {serviceMonitor: {enabled: true}}
                """));
        GenericKubernetesResource monitor = plain.custom("monitoring.coreos.com/v1", "ServiceMonitor").get(0);
        Map<String, Object> endpoint = endpoints(monitor).get(0);
        assertEquals("/q/metrics", endpoint.get("path"));
        assertEquals("http", endpoint.get("port"));
        assertFalse(endpoint.containsKey("authorization"), "no token named, none sent");

        Manifests withToken = render(values("""
                metrics: {serviceMonitor: {enabled: true, tokenSecret: {name: prometheus-entente, key: jwt}}}
                """));
        Map<String, Object> authorized = endpoints(withToken.custom("monitoring.coreos.com/v1", "ServiceMonitor").get(0)).get(0);
        assertEquals(Map.of("type", "Bearer", "credentials", Map.of("name", "prometheus-entente", "key", "jwt")),
                authorized.get("authorization"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> endpoints(GenericKubernetesResource monitor) {
        return (List<Map<String, Object>>) Manifests.spec(monitor).get("endpoints");
    }

    // --- operators ----------------------------------------------------------------------------------

    @Test
    void noOperatorResourceIsRenderedUnlessAskedFor() {
        assertEquals(List.of(), render().custom());
        assertEquals(List.of(), render(example("values-external.yaml")).custom().stream()
                .filter(r -> !r.getKind().equals("ServiceMonitor")).toList());
    }

    @Test
    void theStrimziValuesRenderThreeKafkaTopicsWithTheConfiguredPartitionsAndReplicas() throws IOException {
        JsonNode topicsValues = YAML.readTree(example("values-operators.yaml").toFile()).path("operators").path("strimzi").path("topics");
        Manifests manifests = render(example("values-operators.yaml"));
        assertTopics(manifests, topicsValues.path("partitions").asInt(), topicsValues.path("replicas").asInt(), "entente-kafka");

        Manifests tuned = render(example("values-operators.yaml"), values("""
                operators: {strimzi: {topics: {partitions: 12, replicas: 2}}}
                """));
        assertTopics(tuned, 12, 2, "entente-kafka");
    }

    private static void assertTopics(Manifests manifests, int partitions, int replicas, String cluster) {
        List<GenericKubernetesResource> topics = manifests.custom("kafka.strimzi.io/v1beta2", "KafkaTopic");
        assertEquals(Set.of("alliances.events", "agreements.events", "exercises.events"),
                Set.copyOf(topics.stream().map(t -> (String) Manifests.spec(t).get("topicName")).toList()));
        assertEquals(3, topics.size());
        for (GenericKubernetesResource topic : topics) {
            Map<String, Object> spec = Manifests.spec(topic);
            assertAll(topic.getMetadata().getName(),
                    () -> assertEquals(partitions, spec.get("partitions")),
                    () -> assertEquals(replicas, spec.get("replicas")),
                    () -> assertEquals(cluster, topic.getMetadata().getLabels().get("strimzi.io/cluster")));
        }
    }

    @Test
    void theOperatorValuesAskEachOperatorForItsClusterAndPointTheServicesAtIt() {
        Manifests manifests = render(example("values-operators.yaml"));

        GenericKubernetesResource cluster = only(manifests.custom("postgresql.cnpg.io/v1", "Cluster"));
        Map<String, Object> initdb = map(map(Manifests.spec(cluster).get("bootstrap")).get("initdb"));
        GenericKubernetesResource database = only(manifests.custom("postgresql.cnpg.io/v1", "Database"));
        String pgCluster = cluster.getMetadata().getName();
        assertAll("CloudNativePG",
                () -> assertEquals(3, Manifests.spec(cluster).get("instances")),
                () -> assertEquals("alliances", initdb.get("database")),
                () -> assertEquals("agreements", Manifests.spec(database).get("name")),
                () -> assertEquals(initdb.get("owner"), Manifests.spec(database).get("owner")),
                () -> assertEquals(pgCluster, map(Manifests.spec(database).get("cluster")).get("name")));

        GenericKubernetesResource kafka = only(manifests.custom("kafka.strimzi.io/v1beta2", "Kafka"));
        GenericKubernetesResource pool = only(manifests.custom("kafka.strimzi.io/v1beta2", "KafkaNodePool"));
        GenericKubernetesResource user = only(manifests.custom("kafka.strimzi.io/v1beta2", "KafkaUser"));
        Map<String, Object> listener = map(list(map(Manifests.spec(kafka).get("kafka")).get("listeners")).get(0));
        String kafkaCluster = kafka.getMetadata().getName();
        assertAll("Strimzi",
                () -> assertEquals("enabled", kafka.getMetadata().getAnnotations().get("strimzi.io/kraft")),
                () -> assertEquals("enabled", kafka.getMetadata().getAnnotations().get("strimzi.io/node-pools")),
                () -> assertEquals(9093, listener.get("port")),
                () -> assertEquals(true, listener.get("tls")),
                () -> assertEquals("scram-sha-512", map(listener.get("authentication")).get("type")),
                () -> assertEquals(kafkaCluster, pool.getMetadata().getLabels().get("strimzi.io/cluster")),
                () -> assertEquals(List.of("controller", "broker"), Manifests.spec(pool).get("roles")),
                () -> assertEquals(kafkaCluster, user.getMetadata().getLabels().get("strimzi.io/cluster")),
                () -> assertEquals("scram-sha-512", map(Manifests.spec(user).get("authentication")).get("type")));

        GenericKubernetesResource mongo = only(manifests.custom("mongodbcommunity.mongodb.com/v1", "MongoDBCommunity"));
        Map<String, Object> mongoUser = map(list(Manifests.spec(mongo).get("users")).get(0));
        assertAll("MongoDB Community",
                () -> assertEquals("ReplicaSet", Manifests.spec(mongo).get("type")),
                () -> assertEquals(3, Manifests.spec(mongo).get("members")),
                () -> assertEquals(List.of(Map.of("name", "readWrite", "db", "exercises")), mongoUser.get("roles")),
                () -> assertEquals("entente-mongodb-user", map(mongoUser.get("passwordSecretRef")).get("name")));

        // the services are pointed at what the operators make
        Deployment alliance = manifests.one(Deployment.class, name("alliance-service"));
        Deployment exercise = manifests.one(Deployment.class, name("exercise-service"));
        Properties allianceProperties = properties(manifests, "alliance-service");
        assertAll("wiring",
                () -> assertTrue(allianceProperties.getProperty("quarkus.datasource.jdbc.url")
                        .startsWith("jdbc:postgresql://" + pgCluster + "-rw:5432/alliances?sslmode=verify-full")),
                () -> assertEquals(pgCluster + "-app", env(container(alliance), "QUARKUS_DATASOURCE_PASSWORD").getValueFrom().getSecretKeyRef().getName()),
                () -> assertEquals(pgCluster + "-ca", volume(alliance.getSpec().getTemplate().getSpec(), "postgresql-ca").getSecret().getSecretName()),
                () -> assertEquals(kafkaCluster + "-kafka-bootstrap:9093", allianceProperties.getProperty("kafka.bootstrap.servers")),
                () -> assertEquals("SASL_SSL", allianceProperties.getProperty("kafka.security.protocol")),
                () -> assertEquals("SCRAM-SHA-512", allianceProperties.getProperty("kafka.sasl.mechanism")),
                () -> assertEquals(user.getMetadata().getName(), env(container(alliance), "KAFKA_SASL_JAAS_CONFIG").getValueFrom().getSecretKeyRef().getName()),
                () -> assertEquals(kafkaCluster + "-cluster-ca-cert",
                        volume(alliance.getSpec().getTemplate().getSpec(), "kafka-truststore").getSecret().getSecretName()),
                () -> assertEquals("PEM", allianceProperties.getProperty("kafka.ssl.truststore.type")),
                () -> assertEquals(mongoUser.get("connectionStringSecretName"),
                        env(container(exercise), "QUARKUS_MONGODB_CONNECTION_STRING").getValueFrom().getSecretKeyRef().getName()),
                () -> assertEquals("connectionString.standard",
                        env(container(exercise), "QUARKUS_MONGODB_CONNECTION_STRING").getValueFrom().getSecretKeyRef().getKey()));
    }

    // --- helpers ----------------------------------------------------------------------------------

    private static String name(String component) {
        return HelmChart.RELEASE + "-" + component;
    }

    private static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size(), deployment.getMetadata().getName());
        return containers.get(0);
    }

    private static EnvVar env(Container container, String name) {
        return container.getEnv().stream().filter(e -> name.equals(e.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " has no environment variable " + name));
    }

    private static VolumeMount mount(Container container, String volume) {
        return container.getVolumeMounts().stream().filter(m -> volume.equals(m.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " mounts no volume " + volume));
    }

    private static Volume volume(PodSpec pod, String name) {
        return pod.getVolumes().stream().filter(v -> name.equals(v.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no volume " + name));
    }

    private static List<String> volumeNames(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getVolumes().stream().map(Volume::getName).toList();
    }

    private static void assertHttpProbe(String path, Probe probe) {
        assertNotNull(probe, path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals("http", probe.getHttpGet().getPort().getStrVal(), "the container's port 8080, by name");
    }

    private static Properties properties(Manifests manifests, String component) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(manifests.one(ConfigMap.class, name(component)).getData().get("application.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Map<String, String> annotations(Manifests manifests, String component) {
        return manifests.one(Deployment.class, name(component)).getSpec().getTemplate().getMetadata().getAnnotations();
    }

    /** The chart's own Secrets of a group (their component label). */
    private static List<Secret> chartSecrets(Manifests manifests, String group) {
        return manifests.all(Secret.class).stream()
                .filter(s -> group.equals(s.getMetadata().getLabels().get(SELECTOR_COMPONENT))).toList();
    }

    private static Set<String> secretsReadByTheDeployments(Manifests manifests) {
        Set<String> names = new HashSet<>();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            for (EnvVar env : container(deployment).getEnv()) {
                if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                    names.add(env.getValueFrom().getSecretKeyRef().getName());
                }
            }
            for (Volume volume : deployment.getSpec().getTemplate().getSpec().getVolumes()) {
                if (volume.getSecret() != null) {
                    names.add(volume.getSecret().getSecretName());
                }
            }
        }
        return names;
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    private static <T> T only(List<T> items) {
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertTrue(value instanceof Map, String.valueOf(value));
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertTrue(value instanceof List, String.valueOf(value));
        return new ArrayList<>((List<Object>) value);
    }
}
