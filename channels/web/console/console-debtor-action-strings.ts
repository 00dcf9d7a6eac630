/** The debtor page's buttons and what they say they did, in Dutch and English. */
export const CONSOLE_DEBTOR_ACTION_STRINGS = {
  nl: {
    title: 'Acties',
    buttons: {
      resend_invoice: 'Stuur de factuur opnieuw',
      send_payment_link: 'Stuur een betaallink',
      handoff_to_sales: 'Geef door aan sales',
    } as Record<string, string>,
    invalid: 'Die actie bestaat niet; niets gedaan.',
    nothingToActOn: (action: string) =>
      action === 'resend_invoice'
        ? 'Er staat geen factuur open; niets verstuurd.'
        : 'Er staat geen factuur gewoon open (buiten regelingen en geschillen); niets gedaan.',
    acted: (action: string, status: string, disputes: number, again: boolean) => {
      const prefix = again ? 'Net al gevraagd; er is niets nieuws opgeslagen. ' : '';
      if (action === 'handoff_to_sales') {
        return `${prefix}${disputes === 1 ? '1 geschil' : `${disputes} geschillen`} geopend voor sales; aanmanen staat stil op die facturen.`;
      }
      const what = action === 'resend_invoice' ? 'De factuurgegevens staan' : 'De betaallink staat';
      return status === 'executed'
        ? `${prefix}${what} klaar om naar de debiteur te gaan (de berichtenverwerker verstuurt ze).`
        : `${prefix}Niet uitgevoerd (voorstel ${status}); er gaat niets naar de debiteur.`;
    },
  },
  en: {
    title: 'Actions',
    buttons: {
      resend_invoice: 'Resend the invoice',
      send_payment_link: 'Send a payment link',
      handoff_to_sales: 'Hand to sales',
    } as Record<string, string>,
    invalid: 'There is no such action; nothing done.',
    nothingToActOn: (action: string) =>
      action === 'resend_invoice'
        ? 'No invoice is open; nothing sent.'
        : 'No invoice is simply open (outside plans and disputes); nothing done.',
    acted: (action: string, status: string, disputes: number, again: boolean) => {
      const prefix = again ? 'Asked a moment ago already; nothing new was stored. ' : '';
      if (action === 'handoff_to_sales') {
        return `${prefix}${disputes === 1 ? '1 dispute' : `${disputes} disputes`} opened for sales; dunning holds on those invoices.`;
      }
      const what = action === 'resend_invoice' ? 'The invoice details are' : 'The payment link is';
      return status === 'executed'
        ? `${prefix}${what} queued for the debtor (the notices worker sends it).`
        : `${prefix}Not carried out (proposal ${status}); nothing goes to the debtor.`;
    },
  },
} as const;
