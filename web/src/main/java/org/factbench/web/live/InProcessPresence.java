package org.factbench.web.live;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Presence inside this JVM. One lock over small maps: arrivals and departures are rare next to reads, and a
 * consistent snapshot per change is what watchers need. Watchers are told on virtual threads, in order.
 */
@Component
class InProcessPresence implements Presence {

    private final Object lock = new Object();
    /** Per claim, each visit (one component in one tab) in arrival order; a tab may hold a claim open twice. */
    private final Map<Long, Map<Visit, PresentUser>> tabsByClaim = new HashMap<>();
    private final Map<Long, Set<SerialDelivery<List<PresentUser>>>> watchers = new HashMap<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    @Override
    public Registration enter(long claimId, Tab tab, PresentUser user) {
        Visit visit = new Visit(tab);
        synchronized (lock) {
            tabsByClaim.computeIfAbsent(claimId, id -> new LinkedHashMap<>()).put(visit, user);
            changed(claimId);
        }
        return Once.of(() -> leave(claimId, visit));
    }

    @Override
    public List<PresentUser> present(long claimId) {
        synchronized (lock) {
            return distinct(tabsByClaim.get(claimId));
        }
    }

    @Override
    public Registration watch(long claimId, Consumer<List<PresentUser>> listener) {
        SerialDelivery<List<PresentUser>> watcher = new SerialDelivery<>(listener, delivery);
        synchronized (lock) {
            watchers.computeIfAbsent(claimId, id -> new LinkedHashSet<>()).add(watcher);
        }
        return Once.of(() -> {
            synchronized (lock) {
                Set<SerialDelivery<List<PresentUser>>> set = watchers.get(claimId);
                if (set != null && set.remove(watcher) && set.isEmpty()) watchers.remove(claimId);
            }
        });
    }

    @Override
    public void leaveSession(String sessionId) {
        synchronized (lock) {
            for (Long claimId : List.copyOf(tabsByClaim.keySet())) {
                Map<Visit, PresentUser> tabs = tabsByClaim.get(claimId);
                if (tabs.keySet().removeIf(visit -> visit.tab().sessionId().equals(sessionId))) {
                    if (tabs.isEmpty()) tabsByClaim.remove(claimId);
                    changed(claimId);
                }
            }
        }
    }

    /** Open visits and watchers over all claims: both drop to zero when every tab has gone (no leak). */
    int tabs() {
        synchronized (lock) {
            return tabsByClaim.values().stream().mapToInt(Map::size).sum();
        }
    }

    int watchers() {
        synchronized (lock) {
            return watchers.values().stream().mapToInt(Set::size).sum();
        }
    }

    private void leave(long claimId, Visit visit) {
        synchronized (lock) {
            Map<Visit, PresentUser> tabs = tabsByClaim.get(claimId);
            if (tabs == null || tabs.remove(visit) == null) return;
            if (tabs.isEmpty()) tabsByClaim.remove(claimId);
            changed(claimId);
        }
    }

    /** Under the lock, so watchers get the snapshots in the order the changes happened. */
    private void changed(long claimId) {
        Set<SerialDelivery<List<PresentUser>>> set = watchers.get(claimId);
        if (set == null) return;
        List<PresentUser> now = distinct(tabsByClaim.get(claimId));
        set.forEach(watcher -> watcher.offer(now));
    }

    private static List<PresentUser> distinct(Map<Visit, PresentUser> tabs) {
        if (tabs == null) return List.of();
        Map<String, PresentUser> byUsername = new LinkedHashMap<>();
        tabs.values().forEach(user -> byUsername.putIfAbsent(user.username(), user));
        return List.copyOf(new ArrayList<>(byUsername.values()));
    }

    /** Identity matters, not the fields: two visits from one tab are two entries. */
    private static final class Visit {
        private final Tab tab;

        Visit(Tab tab) {
            this.tab = tab;
        }

        Tab tab() {
            return tab;
        }
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }
}
