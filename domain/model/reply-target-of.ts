/**
 * The Message-ID an answer may name in In-Reply-To, or null. A mail kept under a derived identity
 * ("<id>#<hash>" for a second mail under an id we hold, or mailbox/UID for one without any) has no
 * Message-ID of its own to answer.
 */
export function replyTargetOf(externalId: string): string | null {
  return /^<[^<>\s]+>$/u.test(externalId) ? externalId : null;
}
