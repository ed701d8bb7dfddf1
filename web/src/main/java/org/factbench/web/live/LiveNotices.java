package org.factbench.web.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.Optional;
import java.util.Set;
import org.factbench.core.evidence.EvidenceLinked;
import org.factbench.core.review.ChangesRequested;
import org.factbench.core.review.ClaimRejected;
import org.factbench.core.shared.event.ClaimEvent;
import org.factbench.core.user.UserDirectory;
import org.factbench.core.user.UserSummary;
import org.springframework.stereotype.Component;

/**
 * The small toast an open claim shows when someone else changed it: "Chris Checker linked a passage". Call it
 * from a live update (inside {@code UI.access}, as {@link LiveUpdates} runs them):
 *
 * <pre>{@code
 * LiveUpdates.forClaim(this, broadcaster, claimId, event -> { refresh(); notices.announce(event, me); });
 * }</pre>
 */
@Component
public class LiveNotices {

    static final int DURATION_MS = 4000;

    /** Event types with a sentence of their own in live.properties; others get the general one. */
    private static final Set<String> WITH_TEXT = Set.of("EvidenceLinked", "EvidenceRevised", "EvidenceUnlinked",
            "CommentAdded", "CommentEdited", "VerdictProposed", "ChangesRequested", "ClaimPublished", "ClaimRejected",
            "ClaimReopened", "ResearchStarted", "ClaimUpdated", "ClaimAssigned", "ClaimsMerged");

    private final UserDirectory users;

    LiveNotices(UserDirectory users) {
        this.users = users;
    }

    /** Shows what happened, unless {@code viewer} did it (they know); returns the text shown, if any. */
    public Optional<String> announce(ClaimEvent event, UserSummary viewer) {
        if (event.by().equals(viewer.username())) return Optional.empty();
        String text = describe(UI.getCurrent(), event);
        show(text);
        return Optional.of(text);
    }

    /** The sentence for {@code event}, in {@code ui}'s language. */
    public String describe(UI ui, ClaimEvent event) {
        String who = users.find(event.by()).map(UserSummary::displayName).orElse(event.by());
        if (!WITH_TEXT.contains(event.type())) return ui.getTranslation("live.notice.other", who);
        String detail = switch (event) {
            case EvidenceLinked linked -> ui.getTranslation("live.notice.stance." + linked.stance().name());
            case ChangesRequested changes -> changes.reason();
            case ClaimRejected rejected -> rejected.reason();
            default -> "";
        };
        return ui.getTranslation("live.notice." + event.type(), who, detail);
    }

    /** A toast at the bottom corner, for any live message. */
    public static void show(String text) {
        Notification toast = Notification.show(text, DURATION_MS, Notification.Position.BOTTOM_END);
        toast.addClassName("fb-live-notice");
    }
}
