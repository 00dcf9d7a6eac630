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

/** Where the bot keeps the id of the debtor's answer in the turn state, for the dialog that stores an outcome. */
export const ANSWER_KEY = Symbol('collections.chatAnswerMessageId');
