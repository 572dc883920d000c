package org.entente.platform.infra;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 file backend, made to acknowledge a write only once it is on disk. The
 * stock backend leaves writes in memory for H2's background commit (up to a second later), so a
 * crash lost writes the client had been told were done. Here every write command commits the store
 * and forces the file before its answer goes out; reads are untouched.
 *
 * <p>Writes from several connections share a commit (group commit): each write takes a ticket once it
 * is applied in memory, and a commit covers every ticket taken before it began. A writer whose ticket
 * an earlier commit already covered answers at once. Committing rewrites every page a write touched,
 * so a commit per write made the store most of the local suite's CPU under an import.
 */
final class DurableH2Backend extends H2Backend {

    /** The commands that change data, lower-cased (the wire protocol's spelling varies: findAndModify, findandmodify). */
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropdatabase", "dropindexes", "renamecollection");

    /**
     * H2's page cache, in MB (its default is 16): the suite's collections with the research data sets
     * loaded outgrow 16 MB, and every page read past the cache is deserialized again.
     */
    private static final int CACHE_MB = 64;

    private final MVStore store;
    /** Writes applied in memory so far: each write's ticket. */
    private final AtomicLong applied = new AtomicLong();
    /** The last ticket on disk; guarded by {@code this}. */
    private long durable;

    private DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    static DurableH2Backend open(String fileName) {
        return new DurableH2Backend(new MVStore.Builder().fileName(fileName).cacheSize(CACHE_MB).open());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (!WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            return super.handleCommand(channel, database, command, query);
        }
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            makeDurable(applied.incrementAndGet()); // a failed write may have applied part of itself (an unordered insertMany)
        }
    }

    private synchronized void makeDurable(long ticket) {
        if (durable >= ticket) {
            return; // a commit that began after this write was applied has stored it
        }
        long covered = applied.get(); // every write up to here is applied: the commit below stores them all
        store.commit();
        store.sync();
        durable = covered;
    }
}
