package org.factbench.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factbench.web.live.InProcessClaimBroadcasterTest.await;

import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.factbench.web.live.Presence.Tab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InProcessPresenceTest {

    private static final PresentUser CHRIS = new PresentUser("checker", "Chris Checker");
    private static final PresentUser EDDIE = new PresentUser("editor", "Eddie Editor");

    private final InProcessPresence presence = new InProcessPresence();

    @AfterEach
    void stop() {
        presence.stop();
    }

    @Test
    void a_user_with_two_tabs_is_shown_once_and_stays_until_the_last_tab_leaves() {
        Registration firstTab = presence.enter(1, new Tab("s1", 1), CHRIS);
        Registration secondTab = presence.enter(1, new Tab("s1", 2), CHRIS);
        presence.enter(1, new Tab("s2", 1), EDDIE);

        assertThat(presence.present(1)).containsExactly(CHRIS, EDDIE);
        firstTab.remove();
        assertThat(presence.present(1)).containsExactly(CHRIS, EDDIE);
        secondTab.remove();
        assertThat(presence.present(1)).containsExactly(EDDIE);
        assertThat(presence.present(2)).as("another claim").isEmpty();
    }

    @Test
    void watchers_hear_every_arrival_and_departure_of_their_claim_only_in_order() throws InterruptedException {
        List<List<PresentUser>> seen = new CopyOnWriteArrayList<>();
        List<List<PresentUser>> otherClaim = new CopyOnWriteArrayList<>();
        presence.watch(1, seen::add);
        presence.watch(2, otherClaim::add);

        Registration chris = presence.enter(1, new Tab("s1", 1), CHRIS);
        Registration eddie = presence.enter(1, new Tab("s2", 1), EDDIE);
        chris.remove();
        eddie.remove();

        await(() -> seen.size() == 4);
        assertThat(seen).containsExactly(List.of(CHRIS), List.of(CHRIS, EDDIE), List.of(EDDIE), List.of());
        assertThat(otherClaim).isEmpty();
    }

    @Test
    void an_ended_session_leaves_every_claim_its_tabs_had_open() throws InterruptedException {
        List<List<PresentUser>> seen = new CopyOnWriteArrayList<>();
        presence.watch(5, seen::add);
        presence.enter(5, new Tab("gone", 1), CHRIS);
        presence.enter(6, new Tab("gone", 2), CHRIS);
        presence.enter(6, new Tab("stays", 1), EDDIE);

        presence.leaveSession("gone");

        assertThat(presence.present(5)).isEmpty();
        assertThat(presence.present(6)).containsExactly(EDDIE);
        await(() -> seen.size() == 2);
        assertThat(seen.getLast()).isEmpty();
    }

    @Test
    void after_all_tabs_and_watchers_leave_the_registry_is_empty() {
        List<Registration> registrations = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            registrations.add(presence.enter(i % 7, new Tab("s" + i % 13, i), i % 2 == 0 ? CHRIS : EDDIE));
            registrations.add(presence.watch(i % 7, users -> { }));
        }
        assertThat(presence.tabs()).isEqualTo(500);

        registrations.forEach(Registration::remove);
        registrations.forEach(Registration::remove);

        assertThat(presence.tabs()).isZero();
        assertThat(presence.watchers()).isZero();
        for (int claim = 0; claim < 7; claim++) assertThat(presence.present(claim)).isEmpty();
    }
}
