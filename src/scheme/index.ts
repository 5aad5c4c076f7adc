/**
 * The scheme engine: every rule of SCHEME.md as pure functions. No Office.js, no DOM, no clock.
 */
export * from './types';
export * from './errors';
export * from './problems';
export * from './dates';
export * from './decimal';
export * from './settings';
export * from './excellent-cap';
export * from './setting-names';
export * from './publicity-minimum';
export * from './criteria';
export * from './stars';
export * from './compare-ids';
export * from './roster';
export * from './mark-tally';
export * from './appraisal';
export * from './record';
export * from './composite';
export * from './ranks';
export * from './results';
export { buildContext, type SchemeContext } from './context';
export * from './ballots';
export * from './month';
export * from './year';
export * from './approval';
export * from './publicity';
export * from './objections';
export * from './final';
export * from './outcomes';
export * from './meetings';
