-- cchc 0.3: the record fields of the JSON Lines output that the record table lacked, so that the database holds
-- what the output holds: the same period a year earlier, every value column of the table (the JSON object of
-- `values`, as jsonb: values_json ->> '2023'), the row's catalogue-independent key, the earlier input a duplicate
-- submission repeats, and the OCR confidence of a scanned row. Records loaded before have them empty (NULL): load
-- the report again with this cchc (another version replaces its rows) to fill them in.
ALTER TABLE record
    ADD COLUMN prev_value     NUMERIC,
    ADD COLUMN values_json    JSONB,
    ADD COLUMN row_key        TEXT,
    ADD COLUMN duplicate_of   TEXT,
    ADD COLUMN ocr_confidence DOUBLE PRECISION;
-- `catalogue suggest` and analysts group the rows no indicator fits by their key
CREATE INDEX record_row_key ON record (row_key);
