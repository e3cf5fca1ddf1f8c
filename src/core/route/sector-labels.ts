import type { Sector } from './route-schema.ts';

export const SECTOR_LABELS: Record<Sector, string> = {
  po: 'basisonderwijs (po)',
  sbo: 'speciaal basisonderwijs (sbo)',
  so: 'speciaal onderwijs (so)',
  vo: 'voortgezet onderwijs (vo)',
  vso: 'voortgezet speciaal onderwijs (vso)',
  mbo: 'middelbaar beroepsonderwijs (mbo)',
};
