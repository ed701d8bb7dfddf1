package org.factbench.core.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.evidence.anchor.AnchorResult;
import org.factbench.core.evidence.anchor.AnchorState;
import org.factbench.core.evidence.anchor.TextAnchor;
import org.factbench.core.evidence.anchor.TextPositionSelector;
import org.factbench.core.evidence.anchor.TextQuoteSelector;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.user.UserAccount;

/**
 * A claim linked to a span of one article version. The selectors always describe {@code articleVersion};
 * {@code checkedVersion} is the newest version re-anchoring has looked at. An orphaned link keeps its old
 * selectors and version (still readable there) instead of being moved to a lookalike passage.
 * Article title, URL and outlet are copied at link time so reports never depend on the corpus being up.
 */
@Entity
@Table(name = "evidence_link")
public class EvidenceLink {

    static final int MAX_QUOTE = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_link_seq")
    @SequenceGenerator(name = "evidence_link_seq", sequenceName = "evidence_link_seq", allocationSize = 50)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "article_id", nullable = false, length = 128)
    private String articleId;

    @Column(name = "article_version", nullable = false)
    private int articleVersion;

    @Column(name = "checked_version", nullable = false)
    private int checkedVersion;

    @Column(name = "article_title", length = 1000)
    private String articleTitle;

    @Column(name = "article_url", length = 2000)
    private String articleUrl;

    @Column(name = "article_outlet", length = 300)
    private String articleOutlet;

    @Column(name = "article_published")
    private Instant articlePublished;

    @Column(name = "quote_exact", nullable = false, length = MAX_QUOTE)
    private String quoteExact;

    @Column(name = "quote_prefix", nullable = false, length = 64)
    private String quotePrefix;

    @Column(name = "quote_suffix", nullable = false, length = 64)
    private String quoteSuffix;

    @Column(name = "start_offset", nullable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false)
    private int endOffset;

    /** The text as the checker selected it; never changed, so a moved or orphaned link still shows what was meant. */
    @Column(name = "quoted_snapshot", nullable = false, length = MAX_QUOTE)
    private String quotedSnapshot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Stance stance;

    @Column(length = 4000)
    private String note;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private UserAccount author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "anchor_state", nullable = false, length = 16)
    private AnchorState anchorState;

    @Column(name = "anchor_score", nullable = false)
    private double anchorScore;

    @Version
    private long version;

    protected EvidenceLink() {
    }

    public EvidenceLink(long claimId, ArticleText article, TextAnchor anchor, Stance stance, String note, UserAccount author,
            Instant now) {
        if (anchor.quote().exact().length() > MAX_QUOTE) {
            throw new InvalidInputException("quote", "A quote can have at most " + MAX_QUOTE + " characters; select a shorter passage.");
        }
        this.claimId = claimId;
        this.articleId = article.id();
        this.articleVersion = article.version();
        this.checkedVersion = article.version();
        this.articleTitle = clip(article.title(), 1000);
        this.articleUrl = clip(article.url(), 2000);
        this.articleOutlet = clip(article.outlet(), 300);
        this.articlePublished = article.published() == null ? null : article.published().toInstant();
        this.quotedSnapshot = anchor.quote().exact();
        this.author = author;
        this.createdAt = now;
        place(anchor);
        this.anchorState = AnchorState.EXACT_POSITION;
        this.anchorScore = 1.0;
        revise(stance, note, now);
    }

    public void revise(Stance newStance, String newNote, Instant now) {
        if (newStance == null) throw new InvalidInputException("stance", "Say whether the passage supports, refutes or gives context.");
        if (newNote != null && newNote.length() > 4000) throw new InvalidInputException("note", "A note can have at most 4000 characters.");
        this.stance = newStance;
        this.note = newNote == null || newNote.isBlank() ? null : newNote.strip();
        this.updatedAt = now;
    }

    /** Applies a re-anchoring result for {@code newVersion}: moved when found, flagged (and left where it was) when not. */
    public void reanchor(int newVersion, AnchorResult result, Instant now) {
        if (result.found()) {
            place(result.anchor());
            articleVersion = newVersion;
        }
        anchorState = result.state();
        anchorScore = result.score();
        checkedVersion = newVersion;
        updatedAt = now;
    }

    private void place(TextAnchor anchor) {
        this.quoteExact = anchor.quote().exact();
        this.quotePrefix = anchor.quote().prefix();
        this.quoteSuffix = anchor.quote().suffix();
        this.startOffset = anchor.position().start();
        this.endOffset = anchor.position().end();
    }

    public TextAnchor anchor() {
        return new TextAnchor(new TextQuoteSelector(quoteExact, quotePrefix, quoteSuffix), new TextPositionSelector(startOffset, endOffset));
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public long getClaimId() {
        return claimId;
    }

    public String getArticleId() {
        return articleId;
    }

    public int getArticleVersion() {
        return articleVersion;
    }

    public int getCheckedVersion() {
        return checkedVersion;
    }

    public String getArticleTitle() {
        return articleTitle;
    }

    public String getArticleUrl() {
        return articleUrl;
    }

    public String getArticleOutlet() {
        return articleOutlet;
    }

    public Instant getArticlePublished() {
        return articlePublished;
    }

    public String getQuoteExact() {
        return quoteExact;
    }

    public String getQuotePrefix() {
        return quotePrefix;
    }

    public String getQuoteSuffix() {
        return quoteSuffix;
    }

    public int getStartOffset() {
        return startOffset;
    }

    public int getEndOffset() {
        return endOffset;
    }

    public String getQuotedSnapshot() {
        return quotedSnapshot;
    }

    public Stance getStance() {
        return stance;
    }

    public String getNote() {
        return note;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public AnchorState getAnchorState() {
        return anchorState;
    }

    public double getAnchorScore() {
        return anchorScore;
    }

    public long getVersion() {
        return version;
    }
}
