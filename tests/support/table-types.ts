/**
 * What src/server/db/types.ts says of each column, read with the TypeScript
 * compiler, so a test can hold it to the migrated database (ADR 0049): the
 * type a select returns (a ColumnType's or Generated's first argument), as
 * kinds (number, string, boolean, Date, Buffer, an array of a kind, object),
 * and whether it may be null.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface ColumnTypeFacts {
  kinds: string[];
  nullable: boolean;
}

const typesFile = fileURLToPath(new URL('../../src/server/db/types.ts', import.meta.url));

function describe(checker: ts.TypeChecker, type: ts.Type): ColumnTypeFacts {
  const parts = type.isUnion() ? type.types : [type];
  const kinds = new Set<string>();
  let nullable = false;
  for (const part of parts) {
    const f = part.flags;
    if (f & ts.TypeFlags.Null) nullable = true;
    else if (f & ts.TypeFlags.Undefined) kinds.add('undefined');
    else if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) {
      kinds.add('any');
      nullable = true;
    } else if (f & ts.TypeFlags.NumberLike) kinds.add('number');
    else if (f & ts.TypeFlags.StringLike) kinds.add('string');
    else if (f & ts.TypeFlags.BooleanLike) kinds.add('boolean');
    else if (checker.isArrayType(part)) {
      const [element] = checker.getTypeArguments(part as ts.TypeReference);
      const inner = element ? describe(checker, element) : { kinds: ['any'], nullable: false };
      kinds.add(`${inner.kinds.join('|')}[]`);
    } else {
      const name = part.getSymbol()?.getName();
      kinds.add(name === 'Date' || name === 'Buffer' ? name : 'object');
    }
  }
  return { kinds: [...kinds].sort(), nullable };
}

/** table → column → what types.ts says a select of it returns. */
export function readTableTypes(): Map<string, Map<string, ColumnTypeFacts>> {
  const program = ts.createProgram([typesFile], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: ['node'],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(typesFile);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  const database = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === 'Database');
  if (!source || !database) throw new Error(`${typesFile}: no exported Database interface`);
  const tables = new Map<string, Map<string, ColumnTypeFacts>>();
  for (const table of checker.getDeclaredTypeOfSymbol(database).getProperties()) {
    const columns = new Map<string, ColumnTypeFacts>();
    for (const column of checker.getTypeOfSymbolAtLocation(table, source).getProperties()) {
      const declared = checker.getTypeOfSymbolAtLocation(column, source);
      const select = declared.getProperty('__select__');
      columns.set(
        column.name,
        describe(checker, select ? checker.getTypeOfSymbolAtLocation(select, source) : declared),
      );
    }
    tables.set(table.name, columns);
  }
  return tables;
}

/** The kinds a select of each PostgreSQL type returns through the pg driver as client.ts sets it up. */
export function kindsFor(pgType: string): string[] | 'any' {
  if (pgType.endsWith('[]')) {
    const inner = kindsFor(pgType.slice(0, -2));
    return inner === 'any' ? 'any' : inner.map((k) => `${k}[]`);
  }
  if (/^(bigint|integer|smallint|numeric|real|double precision)\b/.test(pgType)) return ['number'];
  if (/^(text|character varying|character|uuid|date|bit|bit varying|inet|time|interval)\b/.test(pgType))
    return ['string'];
  if (pgType === 'boolean') return ['boolean'];
  if (pgType.startsWith('timestamp')) return ['Date'];
  if (pgType === 'bytea') return ['Buffer'];
  if (pgType === 'point') return ['object'];
  if (pgType === 'json' || pgType === 'jsonb') return 'any';
  throw new Error(`no TypeScript kind is known for the PostgreSQL type ${pgType}`);
}
