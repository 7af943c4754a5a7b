import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readTimestamp, writeTimestamp } from '../../src/storage/column-values.ts';

describe('timestamps crossing the driver boundary', () => {
  test('written as UTC ISO strings; SQL Server gets them without the zone letter', () => {
    assert.equal(writeTimestamp('2026-11-25T06:30:00.000Z', 'sqlite'), '2026-11-25T06:30:00.000Z');
    assert.equal(writeTimestamp('2026-11-25T06:30:00.000Z', 'mssql'), '2026-11-25T06:30:00.000');
    assert.equal(writeTimestamp('2026-11-25T12:00:00+05:30', 'postgres'), '2026-11-25T06:30:00.000Z');
    assert.equal(writeTimestamp('2026-11-25T06:30:00Z', 'sqlite'), '2026-11-25T06:30:00.000Z');
    // Not a real day: normalised the way Date reads it, never passed through as written.
    assert.equal(writeTimestamp('2026-02-30T10:00:00.000Z', 'sqlite'), '2026-03-02T10:00:00.000Z');
    assert.throws(() => writeTimestamp('yesterday', 'sqlite'), /Not a timestamp/);
  });

  test('read from Dates and from the text SQLite stores, in one form', () => {
    assert.equal(readTimestamp(new Date('2026-11-25T06:30:00Z')), '2026-11-25T06:30:00.000Z');
    assert.equal(readTimestamp('2026-11-25T06:30:00.000Z'), '2026-11-25T06:30:00.000Z');
    assert.equal(readTimestamp('2026-11-25 06:30:00'), '2026-11-25T06:30:00.000Z');
    assert.equal(readTimestamp('2026-02-30T10:00:00.000Z'), '2026-03-02T10:00:00.000Z');
    assert.throws(() => readTimestamp(42), /Not a timestamp/);
  });
});
