/**
 * Where code may reach, checked on every relative import (docs/decisions, "Same-shaped
 * domains"): a server domain is entered through its index.ts only, from another domain or
 * from anywhere else in the server (the app, the seed, the background tasks); a web feature
 * imports no other feature and nothing of src/web/app (shared web code lives in
 * src/web/components and src/web/lib). The import is resolved against the importing file,
 * so the rule holds at any folder depth. A domain's sql/manifest.ts (the list of its database
 * function files, pure data) is its one other entry: the migrator reads it without loading the
 * domain's code.
 */
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** What part of the tree a path (absolute, without extension or with) is in. */
function placeOf(path) {
  const rel = relative(ROOT, path).split(sep).join('/');
  let m = /^src\/server\/domains\/([^/]+)(?:\/(.*))?$/.exec(rel);
  if (m && (m[2] !== undefined || !m[1].includes('.'))) {
    const inner = (m[2] ?? '').replace(/\.(ts|tsx|js)$/, '');
    return { kind: 'domain', name: m[1], isEntry: inner === '' || inner === 'index' || inner === 'sql/manifest' };
  }
  m = /^src\/web\/features\/([^/]+)\//.exec(rel) ?? /^src\/web\/features\/([^/.]+)$/.exec(rel);
  if (m) return { kind: 'feature', name: m[1] };
  if (rel === 'src/web/app' || rel.startsWith('src/web/app/')) return { kind: 'web-app' };
  if (rel.startsWith('src/server/')) return { kind: 'server' };
  return { kind: 'other' };
}

const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Domains are entered through their index; web features stay apart' },
    schema: [],
    messages: {
      domainIndex:
        'Import the {{target}} domain through its index.ts (src/server/domains/{{target}}), not one of its files.',
      otherFeature:
        'The {{from}} feature may not import the {{target}} feature; move what both use to src/web/components or src/web/lib.',
      webApp: 'A web feature may not import src/web/app; the app imports features, not the other way round.',
    },
  },
  create(context) {
    const from = placeOf(context.filename);
    if (from.kind === 'other' || from.kind === 'web-app') return {};
    const check = (node) => {
      const spec = node.source && node.source.type === 'Literal' ? node.source.value : null;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = placeOf(resolve(dirname(context.filename), spec));
      if (from.kind === 'domain' || from.kind === 'server') {
        if (target.kind === 'domain' && !target.isEntry && !(from.kind === 'domain' && from.name === target.name)) {
          context.report({ node: node.source, messageId: 'domainIndex', data: { target: target.name } });
        }
      } else if (from.kind === 'feature') {
        if (target.kind === 'feature' && target.name !== from.name) {
          context.report({
            node: node.source,
            messageId: 'otherFeature',
            data: { from: from.name, target: target.name },
          });
        } else if (target.kind === 'web-app') {
          context.report({ node: node.source, messageId: 'webApp' });
        }
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { boundaries } };
