/**
 * After every test of a piecework test file, each factory's ledger must agree
 * with its records (the ledger check of ADR 0047, the same query the street
 * officer runs from the console): money is never lost, changed silently or
 * paid twice, whatever the test did.
 */
import { afterEach, expect } from 'vitest';
import { ledgerCheck } from '../../src/server/domains/piecework/piecework.repository';
import type { TestApp } from './test-app';

export async function expectLedgerBalanced(t: Pick<TestApp, 'db'>) {
  const factories = await ledgerCheck(t.db, { scope: null });
  expect(factories.length).toBeGreaterThan(0);
  const atOdds = factories.filter(
    (f) => f.settled_fen !== f.expected_fen || f.lines_at_odds > 0 || f.settlements_at_odds > 0,
  );
  expect(atOdds, 'factories whose settled lines differ from their approved records').toEqual([]);
  return factories;
}

/** Registers the check after each test of the file (call it once, after useTestApp). */
export function checkLedgerAfterEach(t: TestApp) {
  afterEach(async () => {
    await expectLedgerBalanced(t);
  });
}
