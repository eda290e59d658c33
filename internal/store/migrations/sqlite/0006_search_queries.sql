-- What people searched for, anonymously: per region, calendar month
-- ("2026-11"), interface language and normalised query, how often it was
-- searched and how often it found nothing. No address, no session, no
-- time finer than the month (see package searchlog).
CREATE TABLE search_queries (
    region_id    TEXT NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
    month        TEXT NOT NULL,
    lang         TEXT NOT NULL,
    query        TEXT NOT NULL,
    searches     INTEGER NOT NULL DEFAULT 0,
    zero_results INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (region_id, month, lang, query)
);
-- Retention deletes by month over all regions.
CREATE INDEX search_queries_month ON search_queries (month);
