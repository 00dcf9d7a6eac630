/** Dialog and prompt ids of the chat; the ids are stored in conversation state, so keep them stable. */
export const DIALOG = {
  plan: 'plan',
  dispute: 'dispute',
  po: 'po',
  promise: 'promise',
  paid: 'paid',
  menu: 'menu',
} as const;

export const PROMPT = {
  choice: 'choice',
  text: 'text',
  po: 'po-number',
  promiseDate: 'promise-date',
  paidDate: 'paid-date',
  reference: 'reference',
} as const;

/**
 * Where the bot keeps the debtor's answer in the turn state: a promise of its message id, so the
 * timeline insert runs alongside the dialog and only a dialog that stores an outcome waits for it.
 */
export const ANSWER_KEY = Symbol('collections.chatAnswerMessageId');
