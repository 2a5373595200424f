-- cchc 0.2: a corrected report (same issuer and period, different content) supersedes the earlier one, which stays
-- in `report` with superseded_by set; `latest_record` gives each issuer's, period's and indicator's newest figure.

ALTER TABLE report ADD COLUMN superseded_by TEXT REFERENCES report (report_id);
CREATE INDEX report_issuer_period ON report (issuer, period);

-- Reports loaded by an earlier version: settle their supersession now, with the rule the loader applies from now
-- on (newest report date first, then the latest load).
UPDATE report r SET superseded_by = newest.report_id
FROM (SELECT DISTINCT ON (issuer, period) issuer, period, report_id
      FROM report
      WHERE status = 'ok' AND issuer IS NOT NULL AND period IS NOT NULL
      ORDER BY issuer, period, report_date DESC NULLS LAST, loaded_at DESC, report_id DESC) newest
WHERE r.status = 'ok' AND r.issuer = newest.issuer AND r.period = newest.period
  AND r.report_id <> newest.report_id;

CREATE VIEW latest_record AS
SELECT rp.issuer, rp.level, rp.period, x.indicator, x.indicator_name, x.value, x.unit, x.value_raw, x.flags,
       rp.report_id, rp.report_number, rp.report_date, rp.file, x.record_index
FROM (SELECT rec.*,
             row_number() OVER (PARTITION BY rec.report_id, rec.indicator ORDER BY rec.record_index) AS nth
      FROM record rec
      WHERE rec.indicator IS NOT NULL) x
JOIN report rp ON rp.report_id = x.report_id
WHERE rp.status = 'ok' AND rp.superseded_by IS NULL AND x.nth = 1;
