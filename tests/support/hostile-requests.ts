/**
 * Hostile requests for every operation of the OpenAPI document the app
 * publishes: a plausible request built from each operation's schemas, then,
 * one field at a time, values picked by the field's JSON-schema type and
 * format — NUL characters, broken UTF-16, very long text, impossible and far
 * dates, negative, huge and fractional numbers, wrong types, deep nesting,
 * unexpected fields — and whole bodies that are empty, of the wrong shape or
 * not JSON at all. Deterministic, so a failure names the same case every run.
 * New routes are covered because they are in the document.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON schemas and request bodies are open-ended data here */
import { businessDay } from '../../src/shared/dates';

type Schema = Record<string, any>;
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: Schema;
}

export interface Operation {
  method: Method;
  /** OpenAPI path, e.g. /api/v1/residents/{id} */
  path: string;
  parameters: Parameter[];
  /** The JSON body's schema, when the operation takes one. */
  body: Schema | null;
}

export interface HostileCase {
  /** What is hostile, e.g. "body.name: NUL inside". */
  label: string;
  /** Path parameters this case sets; the others take the plausible values urlOf is given. */
  path: Record<string, string>;
  query: Record<string, string | string[]>;
  /** A value sent as JSON, or `raw` text sent as it is with a JSON content type. */
  body?: unknown;
  raw?: string;
  noBody?: boolean;
}

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** Every write operation, and every read that takes query parameters. */
export function operationsOf(doc: any): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries<any>(doc.paths ?? {})) {
    for (const [method, op] of Object.entries<any>(methods)) {
      const parameters: Parameter[] = (op.parameters ?? []).map((p: any) => ({
        name: p.name,
        in: p.in,
        required: Boolean(p.required),
        schema: p.schema ?? {},
      }));
      const isWrite = WRITE_METHODS.has(method);
      if (!isWrite && !(method === 'get' && parameters.some((p) => p.in === 'query'))) continue;
      const json = op.requestBody?.content?.['application/json']?.schema ?? null;
      ops.push({ method: method.toUpperCase() as Method, path, parameters, body: json });
    }
  }
  return ops;
}

export class SchemaReader {
  constructor(private readonly doc: any) {}

  /** The schema with its $ref and single allOf followed. */
  resolve(schema: Schema | undefined): Schema {
    let s = schema ?? {};
    for (let i = 0; i < 10; i++) {
      if (typeof s.$ref === 'string') {
        const name = s.$ref.replace('#/components/schemas/', '');
        const target = this.doc.components?.schemas?.[name];
        if (!target) throw new Error(`the OpenAPI document refers to a schema it does not hold: ${s.$ref}`);
        s = { ...target, ...(s.nullable ? { nullable: true } : {}) };
      } else if (Array.isArray(s.allOf) && s.allOf.length === 1) s = { ...s.allOf[0], nullable: s.nullable };
      else return s;
    }
    return s;
  }

  /** A value the schema accepts as far as JSON Schema can tell (zod's own refinements aside). */
  plausible(schema: Schema, name = '', depth = 0): unknown {
    const s = this.resolve(schema);
    if (depth > 8) return null;
    if (s.enum) return s.enum[0];
    const variants = s.oneOf ?? s.anyOf;
    if (Array.isArray(variants)) return this.plausible(variants[0], name, depth + 1);
    switch (s.type) {
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const key of s.required ?? []) out[key] = this.plausible(s.properties?.[key] ?? {}, key, depth + 1);
        return out;
      }
      case 'array': {
        const n = s.minItems ?? 0;
        return Array.from({ length: n }, () => this.plausible(s.items ?? {}, name, depth + 1));
      }
      case 'integer':
      case 'number': {
        const min = s.minimum === undefined ? 1 : s.exclusiveMinimum ? s.minimum + 1 : s.minimum;
        const max = s.maximum ?? Number.MAX_SAFE_INTEGER;
        return Math.min(Math.max(min, 1), max);
      }
      case 'boolean':
        return false;
      case 'string':
        return plausibleText(s, name);
      default:
        return s.nullable ? null : {};
    }
  }

  /** Hostile values for one field, by its schema. */
  hostile(schema: Schema, name: string): [string, unknown][] {
    const s = this.resolve(schema);
    const type = s.type ?? (s.oneOf || s.anyOf ? 'object' : undefined);
    const common: [string, unknown][] = [
      ['null', null],
      ['an object', { a: 1 }],
      ['an array', [1, 'x']],
      ['deeply nested arrays', nested(2000)],
    ];
    if (type === 'string') {
      const out: [string, unknown][] = [
        ['NUL inside', 'ab\u0000cd'],
        ['only NUL', '\u0000'],
        ['a lone surrogate', 'ab\ud800cd'],
        ['20 000 characters', '长'.repeat(20_000)],
        ['blank', '   '],
        ['empty', ''],
        ['a number', 12345],
        ['a boolean', true],
        ...common,
      ];
      if (isDate(s, name)) out.push(...HOSTILE_DATES);
      if (s.format === 'date-time')
        out.push(...HOSTILE_DATES.map(([l, v]): [string, unknown] => [`${l}, as an instant`, `${v}T00:00:00+08:00`]));
      return out;
    }
    if (type === 'integer' || type === 'number')
      return [
        ['negative', -1],
        ['zero', 0],
        ['fractional', 1.5],
        ['past the safe integers', 2 ** 53 + 2],
        ['1e308', 1e308],
        ['the text NaN', 'NaN'],
        ['the text Infinity', 'Infinity'],
        ['digits as text', '12'],
        ['a NUL text', '\u0000'],
        ...common,
      ];
    if (type === 'boolean') return [['the text true', 'true'], ['a number', 1], ['a NUL text', '\u0000'], ...common];
    if (type === 'array')
      return [
        ['10 000 items', Array.from({ length: 10_000 }, () => this.plausible(s.items ?? {}, name))],
        ['items of the wrong type', [{ x: 1 }, null, 'x\u0000']],
        ['a text', 'x'],
        ...common,
      ];
    // objects, unions and anything untyped
    return [
      ['an empty object', {}],
      ['a text with NUL', 'x\u0000'],
      ['an object nested 2000 deep', nestedObject(2000, name)],
      ['an object whose key has NUL', { 'k\u0000': 'v' }],
      ['an object whose value has NUL', { kind: 'x\u0000', value: 'x\u0000' }],
      ...common,
    ];
  }

  /** The fields of an object schema to mutate one at a time, with their paths, down to nested objects and first items. */
  fields(schema: Schema | null, base: unknown, prefix: (string | number)[] = [], depth = 0): FieldRef[] {
    if (!schema || depth > 3) return [];
    const s = this.resolve(schema);
    const out: FieldRef[] = [];
    const object = s.type === 'object' ? s : (s.oneOf ?? s.anyOf)?.map((v: Schema) => this.resolve(v))[0];
    if (!object?.properties) return out;
    for (const [key, child] of Object.entries<Schema>(object.properties)) {
      const path = [...prefix, key];
      out.push({ path, schema: child });
      const c = this.resolve(child);
      const value = (base as any)?.[key] ?? this.plausible(c, key);
      if (c.type === 'object' || c.oneOf || c.anyOf) out.push(...this.fields(c, value, path, depth + 1));
      else if (c.type === 'array') {
        const item = this.resolve(c.items ?? {});
        if (item.type === 'object' || item.oneOf || item.anyOf)
          out.push(...this.fields(item, this.plausible(item, key), [...path, 0], depth + 1));
      }
    }
    return out;
  }
}

interface FieldRef {
  path: (string | number)[];
  schema: Schema;
}

/** Impossible and far dates: each should be refused by the field's meaning, never reach the database as is. */
export const HOSTILE_DATES: [string, unknown][] = [
  ['30 February', '2026-02-30'],
  ['month 13', '2026-13-01'],
  ['month 00', '2026-00-10'],
  ['day 00', '2026-01-00'],
  ['year 0000', '0000-01-01'],
  ['the year 9999', '9999-12-31'],
  ['the year 1000', '1000-01-01'],
  ['29 February of a common year', '2027-02-29'],
];

function isDate(s: Schema, name: string) {
  return s.format === 'date' || s.pattern === DATE_PATTERN || /(Date|On|From|To|Until)$/.test(name);
}

let made = 0;
function plausibleText(s: Schema, name: string): string {
  if (isDate(s, name)) return /birth/i.test(name) ? '1990-05-12' : businessDayToday();
  if (s.format === 'date-time') return new Date().toISOString();
  if (s.format === 'uuid' || /clientKey/i.test(name)) return '6f1c1a40-0c8e-4a63-9d1e-5b7d0c1e2f3a';
  if (/phone/i.test(name)) return '13900000099';
  if (/idNumber/i.test(name)) return '11010519491231002X';
  if (/creditCode/i.test(name)) return '91370211MA3C0XA21K';
  if (s.pattern === '^\\d{6}$') return '123456';
  if (s.pattern === '^\\d{4}-(0[1-9]|1[0-2])$') return businessDayToday().slice(0, 7);
  if (typeof s.pattern === 'string') {
    // the app's other patterns are letter-and-digit codes and HH:MM times
    if (/\\d\{2\}:/.test(s.pattern) || /:/.test(s.pattern)) return '08:30';
    return 'code_1';
  }
  // numbered, so that one request's text never equals another's by chance
  const text = `试${++made}`;
  const min = s.minLength ?? 1;
  return text.length >= min ? text.slice(0, s.maxLength ?? text.length) : text.padEnd(min, '试');
}

function businessDayToday() {
  return businessDay(new Date());
}

function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** Nested through the key a recursive schema would recurse on (a rule's `rule`), or `a`. */
function nestedObject(depth: number, name: string): unknown {
  let v: unknown = { kind: 'hasLabel', label: 'mother' };
  for (let i = 0; i < depth; i++) v = name === 'rule' ? { kind: 'not', rule: v } : { a: v };
  return v;
}

function setAt(target: unknown, path: (string | number)[], value: unknown): unknown {
  const root: any = structuredClone(target ?? {});
  let at = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const nextIsIndex = typeof path[i + 1] === 'number';
    if (at[key] === null || typeof at[key] !== 'object') at[key] = nextIsIndex ? [] : {};
    at = at[key];
  }
  at[path[path.length - 1]!] = value;
  return root;
}

/** Every hostile case of one operation; the first is the plausible request itself. */
export function hostileCases(reader: SchemaReader, op: Operation): HostileCase[] {
  const baseQuery: Record<string, string> = {};
  for (const p of op.parameters)
    if (p.in === 'query' && p.required) baseQuery[p.name] = String(reader.plausible(p.schema, p.name));
  const baseBody = op.body ? reader.plausible(op.body) : undefined;
  const base = (): HostileCase => ({
    label: '',
    path: {},
    query: { ...baseQuery },
    ...(op.body ? { body: structuredClone(baseBody) } : {}),
  });
  const cases: HostileCase[] = [{ ...base(), label: 'the plausible request' }];

  for (const p of op.parameters) {
    if (p.in === 'path') {
      for (const [label, value] of [
        ['NUL', '\u0000'],
        ['NUL after digits', '1\u0000'],
        ['negative', '-1'],
        ['zero', '0'],
        ['fractional', '1.5'],
        ['30 digits', '9'.repeat(30)],
        ['letters', 'abc'],
        ['1000 characters', 'x'.repeat(1000)],
        ['a lone surrogate', '\ud800'],
      ] as const)
        cases.push({ ...base(), label: `path ${p.name}: ${label}`, path: { [p.name]: value } });
    } else if (p.in === 'query') {
      const values: [string, unknown][] = reader.hostile(p.schema, p.name);
      for (const [label, value] of values) {
        if (value !== null && typeof value === 'object') continue; // a query holds text only
        cases.push({
          ...base(),
          label: `query ${p.name}: ${label}`,
          query: { ...baseQuery, [p.name]: String(value) },
        });
      }
      cases.push({ ...base(), label: `query ${p.name}: given twice`, query: { ...baseQuery, [p.name]: ['1', '2'] } });
      if (p.required) {
        const query: Record<string, string> = { ...baseQuery };
        delete query[p.name];
        cases.push({ ...base(), label: `query ${p.name}: missing`, query });
      }
    }
  }
  if (op.parameters.some((p) => p.in === 'query'))
    cases.push({ ...base(), label: 'query: an unexpected parameter with NUL', query: { ...baseQuery, zz: 'x\u0000' } });

  if (op.body) {
    for (const field of reader.fields(op.body, baseBody)) {
      const name = String(field.path[field.path.length - 1]);
      for (const [label, value] of reader.hostile(field.schema, name)) {
        cases.push({
          ...base(),
          label: `body.${field.path.join('.')}: ${label}`,
          body: setAt(baseBody, field.path, value),
        });
      }
    }
  }
  // whole bodies, for every write (one without a body must shrug them off too)
  if (op.method !== 'GET') {
    const wrong: [string, Partial<HostileCase>][] = [
      ['no body', { noBody: true }],
      ['an empty object', { body: {} }],
      ['null', { raw: 'null' }],
      ['an array', { body: [] }],
      ['a text', { body: 'x\u0000' }],
      ['a number', { raw: '12' }],
      ['not JSON', { raw: '{"a":' }],
      ['empty text', { raw: '' }],
      ['an unexpected field', { body: { ...(isObject(baseBody) ? baseBody : {}), zzUnexpected: 'x' } }],
      ['a key with NUL', { body: { ...(isObject(baseBody) ? baseBody : {}), 'k\u0000': 1 } }],
      ['a __proto__ key', { raw: '{"__proto__":{"admin":true}}' }],
      // as text: JSON.stringify itself gives up long before JSON.parse does
      ['nested 10 000 deep', { raw: `${'['.repeat(10_000)}1${']'.repeat(10_000)}` }],
      ['an object nested 10 000 deep', { raw: `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}` }],
    ];
    for (const [label, part] of wrong) {
      const { body: _drop, ...rest } = base();
      cases.push({ ...rest, ...part, label: `body: ${label}` });
    }
  }
  return cases;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The URL of a case: path parameters (the case's, else the plausible ones given) and query encoded. */
export function urlOf(op: Operation, c: HostileCase, plausiblePath: Record<string, string>): string {
  const encode = (v: string) => {
    try {
      return encodeURIComponent(v);
    } catch {
      return '%ED%A0%80'; // a lone surrogate has no UTF-8: send the bytes it would have
    }
  };
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encode(c.path[name] ?? plausiblePath[name] ?? '1'));
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(c.query)) {
    if (Array.isArray(v)) v.forEach((x) => params.append(k, x));
    else params.append(k, v);
  }
  const q = params.toString();
  return q ? `${path}?${q}` : path;
}
