package org.entente.deploy.helm;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** What one render of the chart produced, read into the Kubernetes model. */
record Manifests(List<HasMetadata> resources) {

    /** Every resource of a built-in kind, e.g. {@code all(Deployment.class)}. */
    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(r -> type.equals(r.getClass())).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(r -> name.equals(r.getMetadata().getName())).findFirst();
    }

    <T extends HasMetadata> T one(Class<T> type, String name) {
        return find(type, name).orElseThrow(() -> new NoSuchElementException(
                "No " + type.getSimpleName() + " named " + name + " among " + names()));
    }

    /** Every operator resource of this apiVersion and kind. */
    List<GenericKubernetesResource> custom(String apiVersion, String kind) {
        return resources.stream()
                .filter(r -> r instanceof GenericKubernetesResource)
                .map(GenericKubernetesResource.class::cast)
                .filter(r -> apiVersion.equals(r.getApiVersion()) && kind.equals(r.getKind()))
                .toList();
    }

    /** All operator resources, whatever their kind. */
    List<GenericKubernetesResource> custom() {
        return resources.stream().filter(r -> r instanceof GenericKubernetesResource)
                .map(GenericKubernetesResource.class::cast).toList();
    }

    /** The spec of an operator resource, as plain maps and lists. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> spec(GenericKubernetesResource resource) {
        return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
    }

    List<String> names() {
        return resources.stream().map(r -> r.getKind() + "/" + r.getMetadata().getName()).toList();
    }
}
