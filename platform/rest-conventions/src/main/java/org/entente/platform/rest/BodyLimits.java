package org.entente.platform.rest;

import io.quarkus.runtime.configuration.MemorySize;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How large a request body may be: {@code entente.http.max-body-size} (1 MiB) on every route but the
 * data set imports ({@code POST /api/v1/<collection>/imports/<data set>}), which take files up to
 * {@code entente.http.max-upload-size} (64 MiB). Quarkus's own limit cannot differ by route, so it is
 * set to the larger and these are applied by {@link RequestIds} (and the gateway) before a body is read.
 */
public final class BodyLimits {

    private static final Pattern UPLOADS = Pattern.compile("/api/v1/[a-z-]+/imports/[a-z0-9.-]+");
    private static final long DEFAULT = size("entente.http.max-body-size", 1024 * 1024);
    private static final long UPLOAD = size("entente.http.max-upload-size", 64L * 1024 * 1024);

    private BodyLimits() {
    }

    public static boolean isUpload(String path) {
        return path != null && UPLOADS.matcher(path).matches();
    }

    public static long limitFor(String path) {
        return isUpload(path) ? UPLOAD : DEFAULT;
    }

    /** The limit in words, for a problem's detail. */
    public static String describe(long limit) {
        return limit % (1024 * 1024) == 0 ? limit / (1024 * 1024) + " MiB" : limit + " bytes";
    }

    private static long size(String property, long fallback) {
        return ConfigProvider.getConfig().getOptionalValue(property, MemorySize.class).map(MemorySize::asLongValue).orElse(fallback);
    }
}
