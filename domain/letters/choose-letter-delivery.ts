export type LetterDelivery = 'email' | 'post' | 'both';

/**
 * How a formal letter goes out: by e-mail with the PDF attached, and also by post when the
 * company sends formal letters by post (LETTERS_BY_POST) and the debtor has a postal address;
 * only by post when the debtor has no e-mail address. null: it cannot go out at all (no e-mail
 * address and no post), the notice is left for a person.
 */
export function chooseLetterDelivery({
  byPost,
  hasPostalAddress,
  hasEmail,
}: {
  byPost: boolean;
  hasPostalAddress: boolean;
  hasEmail: boolean;
}): LetterDelivery | null {
  const post = byPost && hasPostalAddress;
  if (!hasEmail) return post ? 'post' : null;
  return post ? 'both' : 'email';
}
