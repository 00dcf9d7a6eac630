import { NOTICE_LANGUAGES, type NoticeLanguage } from './action-notice.ts';

/**
 * The language a notice is written in: the one the debtor wrote in when it is nl or en (what we
 * understand), else the debtor's own language when letters exist in it (fr, de), else Dutch for a
 * Dutch debtor and English for everyone else.
 */
export function chooseNoticeLanguage({
  asked,
  debtorLanguage,
}: {
  asked: string | null | undefined;
  debtorLanguage: string;
}): NoticeLanguage {
  if (asked === 'nl' || asked === 'en') return asked;
  if ((NOTICE_LANGUAGES as readonly string[]).includes(debtorLanguage))
    return debtorLanguage as NoticeLanguage;
  return 'en';
}
