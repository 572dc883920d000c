package org.entente.gateway.upstream;

import java.net.URI;

/** One running copy of a service, and whether it is resting after a failure (passive health). */
public final class Instance {

    private final URI url;
    private volatile long restingUntilNanos;
    private volatile boolean resting;

    Instance(URI url) {
        this.url = url;
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
        return !resting || System.nanoTime() - restingUntilNanos >= 0;
    }

    void failed(long restNanos) {
        restingUntilNanos = System.nanoTime() + restNanos;
        resting = true;
    }

    void succeeded() {
        resting = false;
    }

    @Override
    public String toString() {
        return host() + ":" + port();
    }
}
