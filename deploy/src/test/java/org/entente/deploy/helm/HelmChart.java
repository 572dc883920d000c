package org.entente.deploy.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.DryRun;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.InstallCommand;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The chart in deploy/helm/entente, rendered and linted in-process by the Helm that helm-java bundles
 * (no helm binary, no cluster): {@code helm template} as release {@value #RELEASE} in namespace
 * {@value #NAMESPACE}, {@code helm lint --strict}.
 */
final class HelmChart {

    static final String RELEASE = "entente";
    static final String NAMESPACE = "entente";
    /** The module's directory is the tests' working directory. */
    static final Path DIRECTORY = Path.of("helm", "entente").toAbsolutePath();
    private static final Path WORK = Path.of("target", "helm-chart-test").toAbsolutePath();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Map<List<Path>, Manifests> RENDERED = new ConcurrentHashMap<>();

    private HelmChart() {
    }

    /** An example values file of the chart, e.g. {@code values-external.yaml}. */
    static Path example(String name) {
        Path file = DIRECTORY.resolve("examples").resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No example values file " + file);
        }
        return file;
    }

    /** A values file with this YAML, for one test's settings. */
    static Path values(String yaml) {
        try {
            Files.createDirectories(WORK);
            Path file = Files.createTempFile(WORK, "values-", ".yaml");
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code helm template} with these values files (later ones win), as text. */
    static String template(Path... valuesFiles) {
        TemplateCommand template = new Helm(DIRECTORY).template().withName(RELEASE).withNamespace(NAMESPACE);
        for (Path file : valuesFiles) {
            template = template.withValuesFile(file);
        }
        return template.call();
    }

    /**
     * What {@code helm install} would print (its notes among it), from a client-only dry run: nothing
     * reaches a cluster.
     */
    static String installOutput(Path... valuesFiles) {
        InstallCommand install = new Helm(DIRECTORY).install().withName(RELEASE).withNamespace(NAMESPACE)
                .withDryRunOption(DryRun.CLIENT).clientOnly();
        for (Path file : valuesFiles) {
            install = install.withValuesFile(file);
        }
        return install.call().getOutput();
    }

    /** {@code helm template} with these values files, read strictly into the Kubernetes model (cached). */
    static Manifests render(Path... valuesFiles) {
        return RENDERED.computeIfAbsent(List.of(valuesFiles), files -> KubernetesManifests.parse(template(valuesFiles)));
    }

    /**
     * {@code helm lint --strict} of the chart with these values files. helm-java's lint takes no values
     * files, so it lints a copy of the chart whose values.yaml is the chart's own with the files merged in
     * as Helm merges them (maps key by key, anything else replaced, null removes a key).
     */
    static LintResult lint(Path... valuesFiles) {
        Path chart = DIRECTORY;
        if (valuesFiles.length > 0) {
            chart = copyWithValues(valuesFiles);
        }
        return new Helm(chart).lint().strict().call();
    }

    private static Path copyWithValues(Path... valuesFiles) {
        try {
            Files.createDirectories(WORK);
            Path copy = Files.createTempDirectory(WORK, "chart-");
            Path target = copy.resolve(DIRECTORY.getFileName());
            try (Stream<Path> files = Files.walk(DIRECTORY)) {
                for (Path source : (Iterable<Path>) files::iterator) {
                    Path destination = target.resolve(DIRECTORY.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(destination);
                    } else {
                        Files.copy(source, destination);
                    }
                }
            }
            JsonNode merged = YAML.readTree(DIRECTORY.resolve("values.yaml").toFile());
            for (Path file : valuesFiles) {
                merged = merge((ObjectNode) merged, YAML.readTree(file.toFile()));
            }
            YAML.writeValue(target.resolve("values.yaml").toFile(), merged);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode merge(ObjectNode base, JsonNode override) {
        if (override == null || !override.isObject()) {
            return base;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = override.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode current = base.get(field.getKey());
            JsonNode value = field.getValue();
            if (value.isNull()) {
                base.remove(field.getKey());
            } else if (current != null && current.isObject() && value.isObject()) {
                merge((ObjectNode) current, value);
            } else {
                base.set(field.getKey(), value);
            }
        }
        return base;
    }
}
