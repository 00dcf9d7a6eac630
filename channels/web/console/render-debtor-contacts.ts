import { CONTACT_LANGUAGES, CONTACT_ROLES } from '../../../domain/debtors/contact-details.ts';
import type { DebtorPage } from '../../../domain/debtors/debtor-page.ts';
import { escapeHtml } from '../escape-html.ts';
import type { PageLanguage } from '../page-strings.ts';
import { CONSOLE_CONTACT_STRINGS } from './console-contact-strings.ts';

/** A contact form sent back with what was typed and what was wrong (field -> error code). */
export interface ContactFormState {
  /** 'new' for the add form, else the id of the contact changed. */
  readonly target: string;
  readonly values: Readonly<Record<string, string>>;
  readonly errors: Readonly<Record<string, string>>;
}

type PageContact = DebtorPage['contacts'][number];

/**
 * The contacts section of a debtor's page: every contact with its role, language and whether
 * reminders go to it (deactivated ones last, kept for the history). Finance and admin get a form
 * per contact (change, deactivate, reactivate) and one to add a contact; a form that came back
 * with errors opens with what was typed, each error beside its field and a summary first.
 */
export function renderDebtorContacts({
  language,
  debtorId,
  contacts,
  canManage,
  csrf,
  form,
  labels,
}: {
  language: PageLanguage;
  debtorId: string;
  contacts: DebtorPage['contacts'];
  canManage: boolean;
  csrf: string;
  form: ContactFormState | null;
  /** The page's own words for the existing tags. */
  labels: { readonly none: string; readonly primary: string; readonly undeliverable: string };
}): string {
  const t = CONSOLE_CONTACT_STRINGS[language];
  const e = escapeHtml;
  const base = `/console/debtors/${e(debtorId)}/contacts`;
  const hidden = `<input type="hidden" name="csrf" value="${e(csrf)}">`;
  const describe = (c: PageContact) =>
    [
      c.phone ? e(c.phone) : '',
      c.role ? e(t.roles[c.role] ?? c.role) : '',
      c.language ? e(t.languages[c.language] ?? c.language) : '',
    ]
      .filter(Boolean)
      .join(' · ');
  const tags = (c: PageContact) =>
    [
      c.isPrimary ? `<span class="tag">${e(labels.primary)}</span>` : '',
      c.undeliverable ? `<span class="tag warn">${e(labels.undeliverable)}</span>` : '',
      c.receivesReminders ? '' : `<span class="tag">${e(t.noReminders)}</span>`,
      c.active ? '' : `<span class="tag warn">${e(t.inactive)}</span>`,
    ]
      .filter(Boolean)
      .join(' ');
  const fields = (
    prefix: string,
    values: Readonly<Record<string, string>>,
    errors: Readonly<Record<string, string>>,
  ) => {
    const error = (name: string) => {
      const code = errors[name];
      return code
        ? `<p class="field-error" id="${prefix}-${name}-error">${e(t.errors[code] ?? code)}</p>`
        : '';
    };
    const aria = (name: string) =>
      errors[name] ? ` aria-invalid="true" aria-describedby="${prefix}-${name}-error"` : '';
    const input = (name: string, type: string, extra: string, optional: boolean) =>
      `<label for="${prefix}-${name}">${e(t.fields[name]!)}${optional ? ` <span class="muted">${e(t.optional)}</span>` : ''}</label>${error(name)}<input id="${prefix}-${name}" name="${name}" type="${type}" value="${e(values[name] ?? '')}"${extra}${aria(name)}>`;
    const select = (name: string, options: readonly string[], words: Record<string, string>) =>
      `<label for="${prefix}-${name}">${e(t.fields[name]!)}</label>${error(name)}<select id="${prefix}-${name}" name="${name}"${aria(name)}>${[
        '',
        ...options,
      ]
        .map(
          (value) =>
            `<option value="${e(value)}"${(values[name] ?? '') === value ? ' selected' : ''}>${e(words[value] ?? value)}</option>`,
        )
        .join('')}</select>`;
    return [
      input('name', 'text', ' maxlength="200" autocomplete="off"', true),
      input('email', 'email', ' maxlength="254" required autocomplete="off"', false),
      input('phone', 'tel', ' maxlength="30" autocomplete="off"', true),
      select('role', CONTACT_ROLES, t.roles),
      select('language', CONTACT_LANGUAGES, t.languages),
      `<label class="check"><input type="checkbox" name="receivesReminders" value="yes"${values.receivesReminders === 'yes' ? ' checked' : ''}> ${e(t.fields.receivesReminders!)}</label>`,
    ].join('\n');
  };
  const summary = (state: ContactFormState | null) =>
    state && Object.keys(state.errors).length > 0
      ? `<p class="notice error" role="alert">${e(t.errorSummary)}</p>`
      : '';
  const valuesOf = (c: PageContact): Record<string, string> => ({
    name: c.name ?? '',
    email: c.email,
    phone: c.phone ?? '',
    role: c.role ?? '',
    language: c.language ?? '',
    receivesReminders: c.receivesReminders ? 'yes' : '',
  });
  const manage = (c: PageContact) => {
    const action = `${base}/${e(c.id)}`;
    if (!c.active) {
      return `<form method="post" action="${action}" class="inline-form">${hidden}<button type="submit" name="do" value="reactivate" aria-label="${e(t.reactivate)}: ${e(c.email)}">${e(t.reactivate)}</button></form>`;
    }
    const state = form?.target === c.id ? form : null;
    const prefix = `c-${e(c.id)}`;
    return `<details class="change"${state ? ' open' : ''}><summary>${e(t.change)}<span class="visually-hidden">: ${e(c.email)}</span></summary><form method="post" action="${action}" class="stack">${hidden}${summary(state)}
${fields(prefix, state?.values ?? valuesOf(c), state?.errors ?? {})}
<div class="decide"><button type="submit" name="do" value="save" class="primary">${e(t.save)}</button><button type="submit" name="do" value="deactivate" formnovalidate>${e(t.deactivate)}</button></div></form></details>`;
  };
  const list =
    contacts.length === 0
      ? `<p class="muted">${e(labels.none)}</p>`
      : `<ul class="plain contacts">${contacts
          .map(
            (c) =>
              `<li${c.active ? '' : ' class="inactive"'}><p>${c.name ? `<strong>${e(c.name)}</strong> · ` : ''}${e(c.email)}${tags(c) ? ` ${tags(c)}` : ''}</p>${describe(c) ? `<p class="muted">${describe(c)}</p>` : ''}${canManage ? manage(c) : ''}</li>`,
          )
          .join('')}</ul>`;
  if (!canManage) return `${list}<p class="muted">${e(t.readOnly)}</p>`;
  const adding = form?.target === 'new' ? form : null;
  const add = `<details class="change"${adding ? ' open' : ''}><summary>${e(t.add)}</summary><form method="post" action="${base}" class="stack">${hidden}${summary(adding)}
${fields('c-new', adding?.values ?? { receivesReminders: 'yes' }, adding?.errors ?? {})}
<button type="submit" class="primary">${e(t.addButton)}</button></form></details>`;
  return `${list}${add}`;
}
