package org.entente.platform.export;

import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entente.platform.rest.ProblemException;

/**
 * The forms a list answers in: JSON pages, or all matching records at once as CSV or NDJSON. Chosen by
 * the {@code format} parameter, else by {@code Accept}; JSON when neither asks for an export.
 */
public enum ExportFormat {

    JSON(MediaType.APPLICATION_JSON),
    CSV(ExportFormat.CSV_TYPE),
    NDJSON(ExportFormat.NDJSON_TYPE);

    public static final String CSV_TYPE = "text/csv";
    public static final String NDJSON_TYPE = "application/x-ndjson";
    public static final String PARAMETER = "format";
    public static final String PARAMETER_DOC = "`json` (pages, the default), or an export of every matching record in one"
            + " streamed answer: `csv` or `ndjson`; wins over `Accept`. An export ignores `after` and `limit`";

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format the request asks for: {@code format} if given (an unknown value is a 400 naming the
     * allowed ones), else the first type of {@code Accept}, by quality, that is one of ours. JAX-RS has
     * already answered 406 when {@code Accept} names none of them.
     */
    public static ExportFormat negotiate(String format, List<String> accept) {
        if (format != null && !format.isBlank()) {
            return Arrays.stream(values()).filter(f -> f.extension().equals(format)).findFirst()
                    .orElseThrow(() -> ProblemException.invalidField(PARAMETER, "unknown format \"" + format + "\"; allowed: "
                            + Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining(", "))));
        }
        return acceptable(accept).stream().map(ExportFormat::matching).flatMap(Optional::stream).findFirst().orElse(JSON);
    }

    private static Optional<ExportFormat> matching(MediaType accepted) {
        // wildcards mean the default, JSON
        return Arrays.stream(values()).filter(f -> accepted.isCompatible(MediaType.valueOf(f.mediaType))).findFirst();
    }

    /** The media types of {@code Accept} headers, highest quality first (a stable sort keeps the client's order). */
    private static List<MediaType> acceptable(List<String> headers) {
        List<MediaType> types = new ArrayList<>();
        for (String header : headers) {
            for (String part : header.split(",")) {
                if (!part.isBlank()) {
                    try {
                        types.add(MediaType.valueOf(part.trim()));
                    } catch (IllegalArgumentException e) {
                        // a malformed entry matches nothing
                    }
                }
            }
        }
        types.removeIf(type -> quality(type) <= 0); // q=0: not acceptable
        types.sort(Comparator.comparingDouble(ExportFormat::quality).reversed());
        return types;
    }

    private static double quality(MediaType type) {
        try {
            return Double.parseDouble(type.getParameters().getOrDefault("q", "1"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
