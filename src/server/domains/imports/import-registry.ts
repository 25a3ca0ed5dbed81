/** What can be imported, each defined in the domain that owns its records (ADR 0070). */
import type { ImportKind } from '../../../shared/schemas/imports';
import type { ImportKindDefinition } from '../../core/import-kind';
import { enterprisesImport } from '../enterprises';
import { residentsImport } from '../residents';

export const IMPORT_DEFINITIONS: Record<ImportKind, ImportKindDefinition> = {
  residents: residentsImport as ImportKindDefinition,
  enterprises: enterprisesImport as ImportKindDefinition,
};
