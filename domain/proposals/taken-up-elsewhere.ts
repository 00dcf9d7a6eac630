import type { NextStepAction } from './next-step.ts';

/**
 * Actions that stay proposed until someone other than finance's approver takes them up: a
 * dispute hand-off goes to sales (the Slack dispatch opens the disputes), a review to the person
 * who triages. So they are never an approval request for finance, never a request waiting for
 * it on the invoice's standing, and never carried out by the policy's own approval.
 */
export const TAKEN_UP_ELSEWHERE: readonly NextStepAction[] = ['handoff_to_sales', 'human_review'];
