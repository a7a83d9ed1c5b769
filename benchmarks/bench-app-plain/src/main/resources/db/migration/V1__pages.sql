CREATE TABLE page (
    id         UUID                     NOT NULL PRIMARY KEY,
    version    BIGINT                   NOT NULL,
    slug       VARCHAR(64)              NOT NULL UNIQUE,
    title      VARCHAR(1000)            NOT NULL,
    body       TEXT                     NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
