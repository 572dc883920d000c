package org.entente.gateway.upstream;

import java.net.URI;

/**
 * One running copy of a service, and whether it is resting after a failure (passive health). A rest
 * lasts its full time, as nginx's {@code fail_timeout}: an answer to an earlier request that arrives
 * meanwhile does not cut it short.
 */
public final class Instance {

    private final URI url;
    private volatile long restingUntilNanos;

    Instance(URI url) {
        this.url = url;
        this.restingUntilNanos = System.nanoTime();
    }

    public URI url() {
        return url;
    }

    public String host() {
        return url.getHost();
    }

    public int port() {
        if (url.getPort() > 0) {
            return url.getPort();
        }
        return "https".equals(url.getScheme()) ? 443 : 80;
    }

    boolean available() {
        return System.nanoTime() - restingUntilNanos >= 0;
    }

    void failed(long restNanos) {
        restingUntilNanos = System.nanoTime() + restNanos;
    }

    @Override
    public String toString() {
        return host() + ":" + port();
    }
}
