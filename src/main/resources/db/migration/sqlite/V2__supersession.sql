-- cchc 0.2: a corrected report (same issuer and period, different content) supersedes the earlier one, which stays
-- in `report` with superseded_by set; `latest_record` gives each issuer's, period's and indicator's newest figure.

ALTER TABLE report ADD COLUMN superseded_by TEXT REFERENCES report (report_id);
CREATE INDEX report_issuer_period ON report (issuer, period);

-- Reports loaded by an earlier version: settle their supersession now, with the rule the loader applies from now
-- on (newest report date first, then the latest load).
UPDATE report SET superseded_by = (
    SELECT n.report_id FROM report n
    WHERE n.status = 'ok' AND n.issuer = report.issuer AND n.period = report.period
    ORDER BY n.report_date DESC NULLS LAST, n.loaded_at DESC, n.report_id DESC
    LIMIT 1)
WHERE status = 'ok' AND issuer IS NOT NULL AND period IS NOT NULL;
UPDATE report SET superseded_by = NULL WHERE superseded_by = report_id;

CREATE VIEW latest_record AS
SELECT rp.issuer, rp.level, rp.period, x.indicator, x.indicator_name, x.value, x.unit, x.value_raw, x.flags,
       rp.report_id, rp.report_number, rp.report_date, rp.file, x.record_index
FROM (SELECT rec.*,
             row_number() OVER (PARTITION BY rec.report_id, rec.indicator ORDER BY rec.record_index) AS nth
      FROM record rec
      WHERE rec.indicator IS NOT NULL) x
JOIN report rp ON rp.report_id = x.report_id
WHERE rp.status = 'ok' AND rp.superseded_by IS NULL AND x.nth = 1;
