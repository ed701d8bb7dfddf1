-- In-app notifications (core.notification): one row per message to one user, kept until read and after.
CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE notification (
    id           BIGINT PRIMARY KEY,
    recipient_id BIGINT NOT NULL REFERENCES user_account (id),
    actor_id     BIGINT REFERENCES user_account (id),
    kind         VARCHAR(32) NOT NULL,
    subject_type VARCHAR(32),
    subject_id   BIGINT,
    detail       VARCHAR(1000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_recipient_idx ON notification (recipient_id, created_at);
