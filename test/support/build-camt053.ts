/** One entry of a generated CAMT.053 statement; amounts as the bank writes them ("123.45"). */
export interface CamtEntrySpec {
  readonly amount: string;
  readonly currency?: string;
  readonly direction?: 'CRDT' | 'DBIT';
  readonly reversal?: boolean;
  readonly status?: string;
  readonly ref?: string;
  readonly bookingDate?: string;
  readonly valueDate?: string;
  /** The bank's reference (entry-level AcctSvcrRef). */
  readonly bankRef?: string;
  readonly endToEndId?: string;
  readonly name?: string;
  readonly iban?: string;
  readonly ustrd?: readonly string[];
  readonly structured?: string;
  readonly returnCode?: string;
  /** A batch booking: one TxDtls per part, each with its own amount and text. */
  readonly parts?: readonly { readonly amount: string; readonly name?: string; readonly ustrd?: string }[];
}

const xml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/**
 * A BankToCustomerStatement as ING, Rabobank and ABN AMRO export it (camt.053.001.02 layout by
 * default, .08 with `version: '08'`: the party name moves under Pty), for the hard cases real
 * sample files do not have.
 */
export function buildCamt053({
  version = '02',
  account = 'NL91ABNA0417164300',
  statementId = 'STMT-2026-12-01',
  entries,
}: {
  version?: string;
  account?: string;
  statementId?: string;
  entries: readonly CamtEntrySpec[];
}): string {
  const party = (name: string | undefined) =>
    name ? (version >= '08' ? `<Pty><Nm>${xml(name)}</Nm></Pty>` : `<Nm>${xml(name)}</Nm>`) : '';
  const ntry = entries
    .map((e) => {
      const direction = e.direction ?? 'CRDT';
      const other = direction === 'CRDT' ? 'Dbtr' : 'Cdtr';
      const tx = (amount: string | null, name: string | undefined, ustrd: readonly string[]) => `
          <TxDtls>
            ${e.endToEndId ? `<Refs><EndToEndId>${xml(e.endToEndId)}</EndToEndId></Refs>` : ''}
            ${amount ? `<Amt Ccy="${e.currency ?? 'EUR'}">${amount}</Amt>` : ''}
            <RltdPties>
              ${name ? `<${other}>${party(name)}</${other}>` : ''}
              ${e.iban ? `<${other}Acct><Id><IBAN>${e.iban}</IBAN></Id></${other}Acct>` : ''}
            </RltdPties>
            <RmtInf>
              ${ustrd.map((line) => `<Ustrd>${xml(line)}</Ustrd>`).join('')}
              ${e.structured ? `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>${xml(e.structured)}</Ref></CdtrRefInf></Strd>` : ''}
            </RmtInf>
            ${e.returnCode ? `<RtrInf><Rsn><Cd>${e.returnCode}</Cd></Rsn></RtrInf>` : ''}
          </TxDtls>`;
      const details = e.parts
        ? e.parts.map((p) => tx(p.amount, p.name, p.ustrd ? [p.ustrd] : [])).join('')
        : tx(null, e.name, e.ustrd ?? []);
      return `
      <Ntry>
        ${e.ref ? `<NtryRef>${e.ref}</NtryRef>` : ''}
        <Amt Ccy="${e.currency ?? 'EUR'}">${e.amount}</Amt>
        <CdtDbtInd>${direction}</CdtDbtInd>
        ${e.reversal ? '<RvslInd>true</RvslInd>' : ''}
        ${version >= '08' ? `<Sts><Cd>${e.status ?? 'BOOK'}</Cd></Sts>` : `<Sts>${e.status ?? 'BOOK'}</Sts>`}
        <BookgDt><Dt>${e.bookingDate ?? '2026-12-01'}</Dt></BookgDt>
        <ValDt><Dt>${e.valueDate ?? e.bookingDate ?? '2026-12-01'}</Dt></ValDt>
        ${e.bankRef ? `<AcctSvcrRef>${xml(e.bankRef)}</AcctSvcrRef>` : ''}
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls>${details}
        </NtryDtls>
      </Ntry>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.${version}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>MSG-${statementId}</MsgId><CreDtTm>2026-12-01T18:00:00+01:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>${statementId}</Id>
      <CreDtTm>2026-12-01T18:00:00+01:00</CreDtTm>
      <Acct><Id><IBAN>${account}</IBAN></Id><Ccy>EUR</Ccy></Acct>${ntry}
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;
}
