/**
 * Every dashboard figure, in the order the dashboard shows them. Each is defined in the domain
 * that owns its records (`<domain>.figures.ts`); a capability adds its figures with one line here
 * (ADR 0062).
 */
import type { FigureDefinition } from '../../core/figure';
import { benefitsFigures } from '../benefits';
import { jobsFigures } from '../jobs';
import { loansFigures } from '../loans';
import { pieceworkFigures } from '../piecework';
import { sharingFigures } from '../sharing';
import { stationsFigures } from '../stations';
import { trainingFigures } from '../training';

export const FIGURES: readonly FigureDefinition[] = [
  ...jobsFigures,
  ...pieceworkFigures,
  ...benefitsFigures,
  ...loansFigures,
  ...sharingFigures,
  ...stationsFigures,
  ...trainingFigures,
];

/** A figure by its id, or undefined. */
export function findFigure(id: string): FigureDefinition | undefined {
  return FIGURES.find((figure) => figure.id === id);
}
