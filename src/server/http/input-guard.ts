/**
 * Text the database cannot hold never reaches a route: PostgreSQL refuses the
 * NUL character in text and jsonb, and a lone UTF-16 surrogate has no UTF-8
 * form, so either anywhere in the parsed path parameters, query or body (in a
 * value or a key) is a 400 naming the field, before the route's own schema
 * runs. So is nesting deeper than any contract has: JSON.parse accepts depths
 * that JSON.stringify and the schemas' recursion cannot walk back.
 */
import type { FastifyInstance } from 'fastify';
import { FieldError } from '../core/app-error';

/** Deeper than any request contract (a rule tree of 6 levels is 13 levels of JSON). */
export const MAX_INPUT_DEPTH = 32;

export interface InputProblem {
  path: (string | number)[];
  problem: 'nul_character' | 'broken_text' | 'too_deep';
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function textProblem(text: string): InputProblem['problem'] | null {
  if (text.includes('\u0000')) return 'nul_character';
  LONE_SURROGATE.lastIndex = 0;
  if (LONE_SURROGATE.test(text)) return 'broken_text';
  return null;
}

/** The first place in a parsed value that the database or the schemas cannot take. Iterative: depth is what it guards against. */
export function inputProblem(value: unknown): InputProblem | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') {
      const problem = textProblem(v);
      if (problem) return { path, problem };
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (path.length >= MAX_INPUT_DEPTH) return { path, problem: 'too_deep' };
    if (Array.isArray(v)) v.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    else
      for (const [key, item] of Object.entries(v)) {
        const problem = textProblem(key);
        // the key itself cannot be echoed back as it is
        if (problem)
          return { path: [...path, key.replaceAll('\u0000', '').replace(LONE_SURROGATE, '\uFFFD')], problem };
        stack.push({ value: item, path: [...path, key] });
      }
  }
  return null;
}

/** The same rule for text a route reads itself (multipart fields and file names): a 400 naming the field. */
export function assertStorable(fields: Record<string, unknown>): void {
  const found = inputProblem(fields);
  if (found) throw new FieldError(found.path.join('.'), found.problem);
}

export function installInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    for (const part of [request.params, request.query, request.body]) {
      if (part !== null && typeof part === 'object') assertStorable(part as Record<string, unknown>);
      else if (typeof part === 'string') assertStorable({ '': part });
    }
  });
}
