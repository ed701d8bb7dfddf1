package org.factbench.web.claim.workspace;

import java.util.EnumSet;
import java.util.Set;
import org.factbench.core.claim.ClaimStatus;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.claim.VerdictOutcome;
import org.factbench.core.claim.VerdictView;
import org.factbench.core.user.Role;
import org.factbench.core.user.UserSummary;

/**
 * Which actions the workspace offers this user on this claim. Mirrors core's rules so nobody sees a button that
 * can only fail; core still decides (a stale page can offer what core then refuses, with its reason).
 */
final class ReviewRules {

    enum Action { START_RESEARCH, PROPOSE, REQUEST_CHANGES, PUBLISH, REJECT, REOPEN, MERGE, EDIT, COMMENT }

    private ReviewRules() {
    }

    static Set<Action> allowed(ClaimView claim, UserSummary me) {
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        ClaimStatus status = claim.status();
        boolean editor = me.role().includes(Role.EDITOR);
        if (status != ClaimStatus.MERGED) allowed.add(Action.COMMENT);
        if (status.isOpen()) allowed.add(Action.EDIT);
        if (status == ClaimStatus.NEW) allowed.add(Action.START_RESEARCH);
        if (status == ClaimStatus.IN_RESEARCH) allowed.add(Action.PROPOSE);
        if (editor && status == ClaimStatus.IN_REVIEW) {
            allowed.add(Action.REQUEST_CHANGES);
            if (!proposedBy(claim.currentVerdict(), me)) allowed.add(Action.PUBLISH);
        }
        if (editor && status.isOpen()) {
            allowed.add(Action.REJECT);
            allowed.add(Action.MERGE);
        }
        if (editor && (status == ClaimStatus.PUBLISHED || status == ClaimStatus.REJECTED)) allowed.add(Action.REOPEN);
        return allowed;
    }

    private static boolean proposedBy(VerdictView verdict, UserSummary me) {
        return verdict != null && verdict.outcome() == VerdictOutcome.PENDING && verdict.proposer().username().equals(me.username());
    }
}
