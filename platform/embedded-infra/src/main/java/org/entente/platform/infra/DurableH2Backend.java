package org.entente.platform.infra;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Locale;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 file backend, made to acknowledge a write only once it is on disk. The
 * stock backend leaves writes in memory for H2's background commit (up to a second later), so a
 * crash lost writes the client had been told were done. Here every write command commits the store
 * and forces the file before its answer goes out; reads are untouched.
 */
final class DurableH2Backend extends H2Backend {

    /** The commands that change data, lower-cased (the wire protocol's spelling varies: findAndModify, findandmodify). */
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropdatabase", "dropindexes", "renamecollection");

    private final MVStore store;

    private DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    static DurableH2Backend open(String fileName) {
        return new DurableH2Backend(new MVStore.Builder().fileName(fileName).open());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document answer = super.handleCommand(channel, database, command, query);
        if (WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            store.commit();
            store.sync();
        }
        return answer;
    }
}
