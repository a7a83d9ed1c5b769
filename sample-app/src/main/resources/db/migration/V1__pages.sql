-- One row per page. id is random per created page, so that (id, version) never repeats for a slug, even after a
-- delete and re-create or a restart on an empty database (RFC 9110 §8.8.1).
CREATE TABLE page (
    id         UUID                     NOT NULL PRIMARY KEY,
    version    BIGINT                   NOT NULL,
    slug       VARCHAR(64)              NOT NULL UNIQUE,
    title      VARCHAR(1000)            NOT NULL,
    body       TEXT                     NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The time of the latest write to any page (create, replace, patch or delete): the collection's Last-Modified,
-- which a delete must move forward too.
CREATE TABLE wiki_state (
    id          INTEGER                  NOT NULL PRIMARY KEY,
    modified_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO wiki_state (id, modified_at) VALUES (1, NULL);
