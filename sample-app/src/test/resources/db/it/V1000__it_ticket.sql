-- A table for the reactive and async repository tests only (flyway location classpath:db/it, added by those tests).
CREATE TABLE it_ticket (
    id         VARCHAR(64)              NOT NULL PRIMARY KEY,
    version    BIGINT                   NOT NULL,
    title      VARCHAR(1000)            NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
