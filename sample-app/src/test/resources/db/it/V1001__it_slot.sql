-- Tables for GuardedFailuresTest only: each constraint of SQLSTATE class 23 that bad input can break.
CREATE TABLE it_owner (
    id VARCHAR(64) NOT NULL PRIMARY KEY
);
INSERT INTO it_owner (id) VALUES ('alice');
CREATE TABLE it_slot (
    id      VARCHAR(64)   NOT NULL PRIMARY KEY,
    version BIGINT        NOT NULL,
    owner   VARCHAR(64)   NOT NULL REFERENCES it_owner (id),
    size    INTEGER       NOT NULL CHECK (size >= 0),
    title   VARCHAR(200)  NOT NULL UNIQUE
);
