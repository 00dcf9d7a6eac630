export type LetterDelivery = 'email' | 'post' | 'both';

/**
 * How a formal letter goes out: by e-mail with the PDF attached, and also by post when the
 * company sends formal letters by post (LETTERS_BY_POST) and the debtor has a postal address.
 * A letter without an e-mail recipient is not sent here (the notice is left for a person).
 */
export function chooseLetterDelivery({
  byPost,
  hasPostalAddress,
}: {
  byPost: boolean;
  hasPostalAddress: boolean;
}): LetterDelivery {
  return byPost && hasPostalAddress ? 'both' : 'email';
}
