import { deferredPart } from './deferred-part.tsx';

/** A step's facts in the details panel: wanted only once a reader has chosen a step. */
export const StepFacts = deferredPart(() =>
  import('./node-facts.tsx').then((module) => module.NodeFacts),
);
