import { describe, expect, it } from 'vitest';
import { fromDatabase, isDatabaseUnavailable } from './unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['57P01', 'terminating connection due to administrator command'],
    ['57P02', 'terminating connection because of crash of another server process'],
    ['57P03', 'the database system is starting up'],
    ['53300', 'sorry, too many clients already'],
    ['08006', 'connection failure'],
    ['08001', 'could not connect'],
    ['08P01', 'protocol violation'],
  ])('takes SQLSTATE %s (%s) for a database that is away', (code, message) => {
    expect(isDatabaseUnavailable(withCode(message, code))).toBe(true);
  });

  it.each([
    ['23505', 'duplicate key value violates unique constraint'],
    ['42P01', 'relation "x" does not exist'],
    ['40001', 'could not serialize access'],
    ['57014', 'canceling statement due to statement timeout'],
    ['0800', 'not a SQLSTATE'],
  ])('leaves SQLSTATE %s (%s) to the ordinary error handling', (code, message) => {
    expect(isDatabaseUnavailable(withCode(message, code))).toBe(false);
  });

  it("takes pg's own connection errors, which carry only a message", () => {
    for (const message of [
      'Connection terminated unexpectedly',
      'Connection terminated',
      'Connection terminated due to connection timeout',
      'Client has encountered a connection error and is not queryable',
      'timeout exceeded when trying to connect',
    ])
      expect(isDatabaseUnavailable(new Error(message)), message).toBe(true);
    expect(isDatabaseUnavailable(new Error('Query read timeout'))).toBe(false);
  });

  it('takes a socket failure only when it came through the database client', () => {
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND']) {
      expect(isDatabaseUnavailable(withCode(`connect ${code}`, code)), code).toBe(false);
      expect(isDatabaseUnavailable(fromDatabase(withCode(`connect ${code}`, code))), code).toBe(true);
    }
    expect(isDatabaseUnavailable(fromDatabase(withCode('no such file', 'ENOENT')))).toBe(false);
  });

  it('looks into causes and aggregated attempts', () => {
    const refused = withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED');
    expect(isDatabaseUnavailable(fromDatabase(new AggregateError([refused], 'all addresses failed')))).toBe(true);
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: withCode('shutdown', '57P01') }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: new Error('something else') }))).toBe(false);
  });

  it('is false for anything that is not an Error', () => {
    for (const value of [null, undefined, 'ECONNREFUSED', { code: '57P01' }, 42])
      expect(isDatabaseUnavailable(value)).toBe(false);
  });
});
