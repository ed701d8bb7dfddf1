-- Claims, evidence, verdicts, reports, comments, collections and the activity log.
-- One script for H2 (MODE=PostgreSQL) and PostgreSQL: no TIMESTAMPTZ, RETURNING, partial indexes or arrays;
-- JSON is stored as text. Sequences step by 50 to match Hibernate's pooled id allocation (batched inserts).

CREATE SEQUENCE claim_collection_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE claim_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE verdict_proposal_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE evidence_link_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE claim_comment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE report_version_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE activity_entry_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE claim_collection (
    id            BIGINT PRIMARY KEY,
    name          VARCHAR(200) NOT NULL UNIQUE,
    description   VARCHAR(4000),
    created_by_id BIGINT NOT NULL REFERENCES user_account (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT NOT NULL
);

CREATE TABLE claim (
    id             BIGINT PRIMARY KEY,
    statement      VARCHAR(2000) NOT NULL,
    claimant       VARCHAR(300)  NOT NULL,
    language       VARCHAR(8),
    collection_id  BIGINT REFERENCES claim_collection (id),
    status         VARCHAR(16)   NOT NULL,
    status_reason  VARCHAR(4000),
    assignee_id    BIGINT REFERENCES user_account (id),
    created_by_id  BIGINT NOT NULL REFERENCES user_account (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    merged_into_id BIGINT REFERENCES claim (id),
    version        BIGINT NOT NULL
);
CREATE INDEX claim_status_idx ON claim (status, updated_at);
CREATE INDEX claim_collection_idx ON claim (collection_id);
CREATE INDEX claim_merged_into_idx ON claim (merged_into_id);
CREATE INDEX claim_assignee_idx ON claim (assignee_id);

CREATE TABLE claim_tag (
    claim_id BIGINT NOT NULL REFERENCES claim (id),
    tag      VARCHAR(64) NOT NULL,
    PRIMARY KEY (claim_id, tag)
);
CREATE INDEX claim_tag_tag_idx ON claim_tag (tag);

CREATE TABLE claim_appearance (
    claim_id    BIGINT NOT NULL REFERENCES claim (id),
    sort_order  INTEGER NOT NULL,
    url         VARCHAR(2000) NOT NULL,
    appeared_on DATE NOT NULL,
    PRIMARY KEY (claim_id, sort_order)
);

CREATE TABLE verdict_proposal (
    id          BIGINT PRIMARY KEY,
    claim_id    BIGINT NOT NULL REFERENCES claim (id),
    rating      VARCHAR(64)    NOT NULL,
    summary     VARCHAR(10000) NOT NULL,
    proposer_id BIGINT NOT NULL REFERENCES user_account (id),
    proposed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome     VARCHAR(24)    NOT NULL,
    reviewer_id BIGINT REFERENCES user_account (id),
    reviewed_at TIMESTAMP WITH TIME ZONE,
    review_note VARCHAR(4000)
);
CREATE INDEX verdict_proposal_claim_idx ON verdict_proposal (claim_id);

CREATE TABLE evidence_link (
    id                BIGINT PRIMARY KEY,
    claim_id          BIGINT NOT NULL REFERENCES claim (id),
    article_id        VARCHAR(128) NOT NULL,
    article_version   INTEGER NOT NULL,
    checked_version   INTEGER NOT NULL,
    article_title     VARCHAR(1000),
    article_url       VARCHAR(2000),
    article_outlet    VARCHAR(300),
    article_published TIMESTAMP WITH TIME ZONE,
    quote_exact       VARCHAR(20000) NOT NULL,
    quote_prefix      VARCHAR(64) NOT NULL,
    quote_suffix      VARCHAR(64) NOT NULL,
    start_offset      INTEGER NOT NULL,
    end_offset        INTEGER NOT NULL,
    quoted_snapshot   VARCHAR(20000) NOT NULL,
    stance            VARCHAR(16) NOT NULL,
    note              VARCHAR(4000),
    author_id         BIGINT NOT NULL REFERENCES user_account (id),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    anchor_state      VARCHAR(16) NOT NULL,
    anchor_score      DOUBLE PRECISION NOT NULL,
    version           BIGINT NOT NULL
);
CREATE INDEX evidence_link_claim_idx ON evidence_link (claim_id);
CREATE INDEX evidence_link_article_idx ON evidence_link (article_id, checked_version);

CREATE TABLE claim_comment (
    id         BIGINT PRIMARY KEY,
    claim_id   BIGINT NOT NULL REFERENCES claim (id),
    author_id  BIGINT NOT NULL REFERENCES user_account (id),
    body       VARCHAR(10000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at  TIMESTAMP WITH TIME ZONE,
    version    BIGINT NOT NULL
);
CREATE INDEX claim_comment_claim_idx ON claim_comment (claim_id, created_at);

CREATE TABLE comment_mention (
    comment_id BIGINT NOT NULL REFERENCES claim_comment (id),
    user_id    BIGINT NOT NULL REFERENCES user_account (id),
    PRIMARY KEY (comment_id, user_id)
);

CREATE TABLE report_version (
    id              BIGINT PRIMARY KEY,
    claim_id        BIGINT NOT NULL REFERENCES claim (id),
    version_no      INTEGER NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    rating          VARCHAR(64) NOT NULL,
    approver_name   VARCHAR(64) NOT NULL,
    what_changed    VARCHAR(4000),
    why_changed     VARCHAR(4000),
    snapshot_json   VARCHAR(1000000) NOT NULL,
    CONSTRAINT report_version_claim_version_uk UNIQUE (claim_id, version_no)
);

CREATE TABLE activity_entry (
    id           BIGINT PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id     BIGINT REFERENCES user_account (id),
    actor_name   VARCHAR(64) NOT NULL,
    action       VARCHAR(64) NOT NULL,
    subject_type VARCHAR(32) NOT NULL,
    subject_id   BIGINT NOT NULL,
    claim_id     BIGINT,
    note         VARCHAR(2000),
    before_json  VARCHAR(1000000),
    after_json   VARCHAR(1000000)
);
CREATE INDEX activity_entry_claim_idx ON activity_entry (claim_id, occurred_at);
CREATE INDEX activity_entry_actor_idx ON activity_entry (actor_name, id);
