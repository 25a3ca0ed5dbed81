/** Each file's URL beside its module, as a domain's `sql/manifest.ts` lists it (read at run time, so tsx and vitest read the same text). */
export function sqlFilesBeside(moduleUrl: string, names: readonly string[]): readonly URL[] {
  return names.map((name) => new URL(name, moduleUrl));
}
