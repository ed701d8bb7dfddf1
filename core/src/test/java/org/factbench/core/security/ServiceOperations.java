package org.factbench.core.security;

import java.nio.file.Path;
import java.util.List;
import org.factbench.core.apitoken.ApiTokens;
import org.factbench.core.intake.ArticleIntake;
import org.factbench.core.intake.IntakeFile;
import org.factbench.core.intake.IntakeProgress;
import org.factbench.core.intake.PastedArticle;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.factbench.core.admin.UserAdministration;
import org.factbench.core.audit.ActivityService;
import org.factbench.core.board.SavedFilterService;
import org.factbench.core.claim.ClaimFilter;
import org.factbench.core.claim.ClaimSort;
import org.factbench.core.claim.ClaimHistory;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.collection.CollectionDetails;
import org.factbench.core.collection.CollectionService;
import org.factbench.core.collection.CollectionView;
import org.factbench.core.comment.CommentService;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.evidence.EvidenceReanchoring;
import org.factbench.core.evidence.EvidenceRevision;
import org.factbench.core.evidence.EvidenceSelection;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.evidence.Stance;
import org.factbench.core.matching.ClaimIndexing;
import org.factbench.core.matching.ClaimMatching;
import org.factbench.core.matching.ClaimMerging;
import org.factbench.core.notification.Notice;
import org.factbench.core.notification.NotificationService;
import org.factbench.core.notification.Notifier;
import org.factbench.core.report.PublicReportLinks;
import org.factbench.core.report.ReportService;
import org.factbench.core.review.ReviewService;
import org.factbench.core.review.VerdictDraft;
import org.factbench.core.suggestion.SuggestionService;
import org.factbench.core.testsupport.InMemorySourceCorpus;
import org.factbench.core.testsupport.Samples;
import org.factbench.core.testsupport.TestUsers;
import org.factbench.core.user.Role;
import org.factbench.core.user.UserDirectory;
import org.factbench.core.verdict.RatingScaleService;
import org.factbench.core.workspace.ClaimWorkspaceService;
import org.springframework.stereotype.Component;

/**
 * One valid call per service operation. Each entry prepares fresh data (as other users) and returns the call
 * to make as the role under test; {@code actor} is that role's username, for operations only an author may do.
 */
@Component
class ServiceOperations {

    private static final String BODY = "The delegation arrived on Thursday. The meeting took place in Moscow.";
    private static final AtomicInteger counter = new AtomicInteger();

    private final Map<String, Function<String, Runnable>> operations = new LinkedHashMap<>();
    private final TestUsers users;
    private final ClaimService claims;
    private final ReviewService review;
    private final EvidenceService evidence;
    private final CommentService comments;
    private final CollectionService collections;
    private final InMemorySourceCorpus corpus;
    private final UserDirectory directory;

    ServiceOperations(TestUsers users, ClaimService claims, ClaimHistory history, ReviewService review, RatingScaleService scale,
            CollectionService collections, EvidenceService evidence, EvidenceReanchoring reanchoring, CommentService comments,
            ReportService reports, ClaimWorkspaceService workspaces, ClaimMatching matching, ClaimMerging merging,
            ClaimIndexing indexing, ActivityService activity, UserAdministration administration, UserDirectory directory,
            NotificationService notifications, Notifier notifier, InMemorySourceCorpus corpus, ApiTokens apiTokens,
            ArticleIntake intake, SavedFilterService savedFilters, PublicReportLinks publicLinks,
            SuggestionService suggestions) {
        this.users = users;
        this.claims = claims;
        this.review = review;
        this.evidence = evidence;
        this.comments = comments;
        this.collections = collections;
        this.corpus = corpus;
        this.directory = directory;

        add("ClaimService.create", actor -> () -> claims.create(Samples.claim()));
        add("ClaimService.update", actor -> { ClaimView c = newClaim(); return () -> claims.update(c.id(), c.version(), Samples.claim()); });
        add("ClaimService.assign", actor -> { ClaimView c = newClaim(); return () -> claims.assign(c.id(), c.version(), TestUsers.CHECKER); });
        add("ClaimService.get", actor -> { ClaimView c = newClaim(); return () -> claims.get(c.id()); });
        add("ClaimService.search", actor -> () -> claims.search(ClaimFilter.all(), 0, 10));
        add("ClaimHistory.timeline", actor -> { ClaimView c = newClaim(); return () -> history.timeline(c.id()); });

        add("ReviewService.startResearch", actor -> { ClaimView c = newClaim(); return () -> review.startResearch(c.id(), c.version()); });
        add("ReviewService.proposeVerdict", actor -> { ClaimView c = inResearch(); return () -> review.proposeVerdict(c.id(), c.version(), new VerdictDraft("TRUE", "Fits.")); });
        add("ReviewService.requestChanges", actor -> { ClaimView c = inReview(); return () -> review.requestChanges(c.id(), c.version(), "More sources."); });
        add("ReviewService.publish", actor -> { ClaimView c = inReview(); return () -> review.publish(c.id(), c.version(), null); });
        add("ReviewService.reject", actor -> { ClaimView c = newClaim(); return () -> review.reject(c.id(), c.version(), "Opinion."); });
        add("ReviewService.reopen", actor -> { ClaimView c = rejected(); return () -> review.reopen(c.id(), c.version(), "New data."); });
        add("RatingScaleService.ratings", actor -> scale::ratings);

        add("CollectionService.create", actor -> () -> collections.create(new CollectionDetails("Collection " + counter.incrementAndGet(), null)));
        add("CollectionService.describe", actor -> { CollectionView c = collection(); return () -> collections.describe(c.id(), c.version(), new CollectionDetails(c.name() + " (renamed)", "d")); });
        add("CollectionService.all", actor -> collections::all);
        add("CollectionService.get", actor -> { CollectionView c = collection(); return () -> collections.get(c.id()); });

        add("EvidenceService.link", actor -> { ClaimView c = newClaim(); ArticleText a = article(); return () -> evidence.link(c.id(), selection(a)); });
        add("EvidenceService.revise", actor -> { EvidenceView e = link(); return () -> evidence.revise(e.id(), e.version(), new EvidenceRevision(Stance.REFUTES, "n")); });
        add("EvidenceService.unlink", actor -> { EvidenceView e = link(); return () -> evidence.unlink(e.id(), e.version()); });
        add("EvidenceService.forClaim", actor -> { ClaimView c = newClaim(); return () -> evidence.forClaim(c.id()); });
        add("EvidenceReanchoring.reanchorArticle", actor -> { EvidenceView e = link(); corpus.publish(e.articleId(), "New. " + BODY); return () -> reanchoring.reanchorArticle(e.articleId()); });

        add("CommentService.add", actor -> { ClaimView c = newClaim(); return () -> comments.add(c.id(), "@editor look"); });
        add("CommentService.edit", actor -> { var mine = Roles.as(actor, () -> comments.add(newClaim().id(), "draft")); return () -> comments.edit(mine.id(), mine.version(), "final"); });
        add("CommentService.thread", actor -> { ClaimView c = newClaim(); return () -> comments.thread(c.id()); });

        add("ReportService.latest", actor -> { ClaimView c = published(); return () -> reports.latest(c.id()); });
        add("ReportService.version", actor -> { ClaimView c = published(); return () -> reports.version(c.id(), 1); });
        add("ReportService.history", actor -> { ClaimView c = published(); return () -> reports.history(c.id()); });
        add("ReportService.dossier", actor -> { CollectionView c = collection(); return () -> reports.dossier(c.id()); });
        add("ReportService.latestInCollection", actor -> { CollectionView c = collection(); return () -> reports.latestInCollection(c.id()); });
        add("PublicReportLinks.create", actor -> { ClaimView c = published(); return () -> publicLinks.create(c.id()); });
        add("PublicReportLinks.revoke", actor -> { ClaimView c = published(); var l = users.editor2(() -> publicLinks.create(c.id())); return () -> publicLinks.revoke(l.id()); });
        add("PublicReportLinks.forClaim", actor -> { ClaimView c = published(); return () -> publicLinks.forClaim(c.id()); });
        add("PublicReportLinks.open", actor -> { ClaimView c = published(); var l = users.editor2(() -> publicLinks.create(c.id())); return () -> publicLinks.open(l.token()); });
        add("ClaimWorkspaceService.load", actor -> { ClaimView c = newClaim(); return () -> workspaces.load(c.id()); });

        add("NotificationService.mine", actor -> () -> notifications.mine(10));
        add("NotificationService.unreadCount", actor -> notifications::unreadCount);
        add("NotificationService.markRead", actor -> { long id = notifier.notify(actor, TestUsers.CHECKER2, Notice.mentionedOn(1)).orElseThrow().id(); return () -> notifications.markRead(id); });
        add("NotificationService.markAllRead", actor -> notifications::markAllRead);

        add("ClaimMatching.similarTo", actor -> () -> matching.similarTo("The meeting took place in Moscow", "en", 5));
        add("ClaimMatching.duplicatesOf", actor -> { ClaimView c = newClaim(); return () -> matching.duplicatesOf(c.id(), 5); });
        add("ClaimMerging.merge", actor -> { ClaimView a = newClaim(); ClaimView b = newClaim(); return () -> merging.merge(a.id(), a.version(), b.id(), b.version(), "Same."); });
        add("ClaimIndexing.reindexAll", actor -> indexing::reindexAll);

        add("SuggestionService.forClaim", actor -> { ClaimView c = newClaim(); return () -> suggestions.forClaim(c.id(), 5); });
        add("SuggestionService.dismiss", actor -> { ClaimView c = newClaim(); return () -> suggestions.dismiss(c.id(), "matrix:1:0", "matrix"); });
        add("SuggestionService.dismissedFor", actor -> { ClaimView c = newClaim(); return () -> suggestions.dismissedFor(c.id()); });
        add("SuggestionService.embeddingProgress", actor -> suggestions::embeddingProgress);

        add("ActivityService.recent", actor -> () -> activity.recent(10));
        add("ActivityService.byActor", actor -> () -> activity.byActor(TestUsers.CHECKER, 10));
        add("UserAdministration.create", actor -> () -> administration.create("new-" + counter.incrementAndGet(), "New Person", "a-long-password", Role.CHECKER));
        add("UserAdministration.changeRole", actor -> { String u = freshUser(); return () -> administration.changeRole(u, Role.EDITOR); });
        add("UserAdministration.disable", actor -> { String u = freshUser(); return () -> administration.disable(u); });
        add("ApiTokens.create", actor -> () -> apiTokens.create("token " + counter.incrementAndGet()));
        add("ApiTokens.mine", actor -> apiTokens::mine);
        add("ApiTokens.revoke", actor -> { var t = Roles.as(actor, () -> apiTokens.create("to revoke")); return () -> apiTokens.revoke(t.token().id()); });
        add("ApiTokens.authenticate", actor -> () -> apiTokens.authenticate("fbt_not-a-token"));
        add("ArticleIntake.upload", actor -> () -> intake.upload(List.of(new IntakeFile("upload.txt", Path.of("upload.txt"))), IntakeProgress.NONE));
        add("SavedFilterService.mine", actor -> savedFilters::mine);
        add("SavedFilterService.save", actor -> () -> savedFilters.save("filter " + counter.incrementAndGet(), ClaimFilter.all(), ClaimSort.newestChange()));
        add("SavedFilterService.delete", actor -> { var f = Roles.as(actor, () -> savedFilters.save("to delete " + counter.incrementAndGet(), ClaimFilter.all(), ClaimSort.newestChange())); return () -> savedFilters.delete(f.id()); });
        add("ArticleIntake.paste", actor -> () -> intake.paste(new PastedArticle("A title", "An outlet", List.of(), null, null, "en", BODY), IntakeProgress.NONE));
        add("UserDirectory.all", actor -> directory::all);
        add("UserDirectory.loadUserByUsername", actor -> () -> directory.loadUserByUsername(TestUsers.CHECKER));
        add("UserDirectory.find", actor -> () -> directory.find(TestUsers.CHECKER));
        add("UserDirectory.ensureUser", actor -> () -> directory.ensureUser(TestUsers.CHECKER, "Chris Checker", "secret-1", Role.CHECKER));
    }

    Map<String, Function<String, Runnable>> all() {
        return operations;
    }

    static String usernameFor(String role) {
        return switch (role) {
            case "CHECKER", "ANONYMOUS" -> TestUsers.CHECKER;
            case "EDITOR" -> TestUsers.EDITOR;
            case "ADMIN" -> TestUsers.ADMIN;
            default -> throw new IllegalArgumentException(role);
        };
    }

    private void add(String name, Function<String, Runnable> operation) {
        operations.put(name, operation);
    }

    private ClaimView newClaim() {
        return users.checker2(() -> claims.create(Samples.claim()));
    }

    private ClaimView inResearch() {
        ClaimView c = newClaim();
        return users.checker2(() -> review.startResearch(c.id(), c.version()));
    }

    /** Proposed by checker2, so any editor under test may publish it. */
    private ClaimView inReview() {
        ClaimView c = inResearch();
        return users.checker2(() -> review.proposeVerdict(c.id(), c.version(), new VerdictDraft("FALSE", "Wrong place.")));
    }

    private ClaimView rejected() {
        ClaimView c = newClaim();
        return users.admin(() -> review.reject(c.id(), c.version(), "Opinion."));
    }

    private ClaimView published() {
        ClaimView c = inReview();
        return users.editor2(() -> review.publish(c.id(), c.version(), null));
    }

    private CollectionView collection() {
        return users.admin(() -> collections.create(new CollectionDetails("Set " + counter.incrementAndGet(), null)));
    }

    private ArticleText article() {
        return corpus.publish("matrix-" + counter.incrementAndGet(), BODY);
    }

    private EvidenceView link() {
        ClaimView c = newClaim();
        ArticleText a = article();
        return users.checker2(() -> evidence.link(c.id(), selection(a)));
    }

    private static EvidenceSelection selection(ArticleText article) {
        return new EvidenceSelection(article.id(), article.version(), 0, 13, "The delegatio", Stance.SUPPORTS, null);
    }

    private String freshUser() {
        String name = "person-" + counter.incrementAndGet();
        directory.ensureUser(name, "Person", "a-long-password", Role.CHECKER);
        return name;
    }

    /** Runs setup as the user under test (for author-only operations). */
    private static final class Roles {
        static <T> T as(String username, java.util.function.Supplier<T> action) {
            Role role = switch (username) {
                case TestUsers.EDITOR -> Role.EDITOR;
                case TestUsers.ADMIN -> Role.ADMIN;
                default -> Role.CHECKER;
            };
            return org.factbench.core.testsupport.Actors.as(username, role, action);
        }
    }
}
