package org.factbench.web.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.web.security.AsCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Something slow to find for a component (embedding a claim, corpus queries) found off the request and pushed in, so
 * the screen opens without waiting for it. The work runs on a virtual thread as the calling user; its result is shown
 * with {@code ui.access}. Only the latest load of a component counts: a result overtaken by a newer load (another
 * claim shown in the same view, a live reload) is dropped, and so is one arriving while the component is detached.
 *
 * <pre>{@code
 * loading.setVisible(true);
 * load.start(() -> service.find(id), this::show, this::unavailable);
 * }</pre>
 */
public final class PushedLoad<T> {

    private static final Logger log = LoggerFactory.getLogger(PushedLoad.class);

    private final Component owner;
    private final String name;
    /** Read and written only under the session lock (in a request or in {@code ui.access}). */
    private long latest;

    public PushedLoad(Component owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    /**
     * Runs {@code find} in the background, then {@code show} with its result, or {@code unavailable} when it failed
     * (the corpus unreachable, or a bug, which is logged): a panel that cannot load says so instead of staying empty.
     */
    public void start(Supplier<T> find, Consumer<T> show, Runnable unavailable) {
        long mine = ++latest;
        // A view fills its panels in beforeEnter, before it is attached: the UI is then the one being navigated.
        UI ui = Objects.requireNonNull(owner.getUI().orElseGet(UI::getCurrent), "started outside a UI");
        Thread.ofVirtual().name(name).start(AsCaller.wrap(() -> {
            Runnable result = found(find, show, unavailable);
            try {
                ui.access(() -> {
                    if (mine == latest && owner.isAttached()) result.run();
                });
            } catch (UIDetachedException e) {
                // The tab has gone: nothing to show the result on.
            }
        }));
    }

    private Runnable found(Supplier<T> find, Consumer<T> show, Runnable unavailable) {
        try {
            T value = find.get();
            return () -> show.accept(value);
        } catch (CorpusUnavailableException e) {
            return unavailable;
        } catch (RuntimeException e) {
            log.warn("Loading {} failed", name, e);
            return unavailable;
        }
    }
}
