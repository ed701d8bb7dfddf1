package org.factbench.indexer.schema;

import co.elastic.clients.elasticsearch._types.Time;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Restores the refresh interval that {@link SchemaManager#suspendRefresh()} turned off, then refreshes. */
public final class RefreshSuspension implements AutoCloseable {

    private final SchemaManager schema;
    private final Map<String, Time> before;
    private boolean closed;

    RefreshSuspension(SchemaManager schema, Map<String, Time> before) {
        this.schema = schema;
        this.before = Collections.unmodifiableMap(new LinkedHashMap<>(before));
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            schema.restoreRefresh(before);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restore the refresh interval of " + before.keySet(), e);
        }
    }
}
