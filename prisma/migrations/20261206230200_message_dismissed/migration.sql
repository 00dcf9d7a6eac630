-- Mail that matched no debtor can be set aside in the staff console's triage (issue 19): spam, or
-- not for us. The reason is kept in the audit event (message.dismissed).

ALTER TYPE "MessageStatus" ADD VALUE 'dismissed';
