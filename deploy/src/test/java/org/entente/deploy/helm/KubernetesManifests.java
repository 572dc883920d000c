package org.entente.deploy.helm;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads rendered manifests as the Kubernetes API would: each document must be a kind this chart may
 * render, at the API version that serves it, and hold only fields that API knows, with the right types.
 *
 * <p>The fabric8 model classes keep unknown fields in {@code additionalProperties} (a Jackson any-setter);
 * here that any-setter is taken away and unknown properties fail, so a misspelt or misplaced field
 * (e.g. {@code readinessProbe} under the pod instead of the container) fails with the path to it.
 * Operator resources have no model: they are read as {@link GenericKubernetesResource}, their metadata
 * checked, their spec left to the tests that care about it.
 */
final class KubernetesManifests {

    /** The built-in kinds the chart renders, by apiVersion and kind. */
    private static final Map<String, Class<? extends HasMetadata>> BUILT_IN = Map.of(
            "v1/ServiceAccount", ServiceAccount.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);

    /** The operators' kinds the chart may render (no fabric8 model). */
    static final Set<String> CUSTOM = Set.of(
            "postgresql.cnpg.io/v1/Cluster",
            "postgresql.cnpg.io/v1/Database",
            "kafka.strimzi.io/v1beta2/Kafka",
            "kafka.strimzi.io/v1beta2/KafkaNodePool",
            "kafka.strimzi.io/v1beta2/KafkaTopic",
            "kafka.strimzi.io/v1beta2/KafkaUser",
            "mongodbcommunity.mongodb.com/v1/MongoDBCommunity",
            "monitoring.coreos.com/v1/ServiceMonitor");

    private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** Fails on any property a model class does not declare, and on a value of the wrong JSON type. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(new SimpleModule("no-additional-properties").setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                                                             BeanDeserializerBuilder builder) {
                    Class<?> type = description.getBeanClass();
                    if (type.getName().startsWith("io.fabric8.kubernetes.api.model.")
                            && !GenericKubernetesResource.class.isAssignableFrom(type)) {
                        builder.setAnySetter(null);
                    }
                    return builder;
                }
            }))
            .build();

    private KubernetesManifests() {
    }

    /** Every document of a multi-document YAML text, read strictly; empty documents are skipped. */
    static Manifests parse(String yaml) {
        List<HasMetadata> resources = new ArrayList<>();
        try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            int index = 0;
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                index++;
                if (document == null || document.isNull() || document.isMissingNode() || document.isEmpty()) {
                    continue;
                }
                resources.add(read(document, index));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The rendered manifests are not YAML", e);
        }
        return new Manifests(resources);
    }

    private static HasMetadata read(JsonNode document, int index) {
        String apiVersion = document.path("apiVersion").asText("");
        String kind = document.path("kind").asText("");
        String type = apiVersion + "/" + kind;
        String where = "document " + index + " (" + type + " " + document.path("metadata").path("name").asText("?") + ")";
        try {
            Class<? extends HasMetadata> model = BUILT_IN.get(type);
            if (model != null) {
                return STRICT.treeToValue(document, model);
            }
            if (CUSTOM.contains(type)) {
                GenericKubernetesResource resource = STRICT.treeToValue(document, GenericKubernetesResource.class);
                if (!resource.getAdditionalProperties().containsKey("spec")) {
                    throw new AssertionError(where + " has no spec");
                }
                return resource;
            }
        } catch (IOException e) {
            throw new AssertionError(where + " does not fit the Kubernetes API: " + e.getMessage(), e);
        }
        throw new AssertionError(where + ": the chart renders no such kind at that apiVersion");
    }
}
