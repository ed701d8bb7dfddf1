package org.factbench.web.live;

import com.vaadin.flow.shared.Registration;
import java.util.concurrent.atomic.AtomicBoolean;

/** A registration that removes at most once: a detach listener and an explicit remove may both run. */
final class Once {

    private Once() {
    }

    static Registration of(Runnable remove) {
        AtomicBoolean done = new AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) remove.run();
        };
    }
}
