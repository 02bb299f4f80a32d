"""Our own bank statements in camt.053, camt.054, OFX and MT940, for the ledger BANK_LEDGER sets up."""

from __future__ import annotations

from datetime import date

from arledger.domain.model import Customer
from arledger.services.ledger import Ledger

ACME_IBAN = "DE89370400440532013000"
BETA_IBAN = "DE02120300000000202051"


def bank_ledger(ledger: Ledger) -> Ledger:
    """Three customers with open EUR invoices (amounts in cents)."""
    for code, name in (("ACME", "Acme GmbH"), ("BETA", "Beta Bau KG"), ("GAMMA", "Gamma Trading Ltd")):
        ledger.add_customer(Customer(code=code, name=name, currency="EUR"))
    for code, number, issued, amount in (("ACME", "A-100", date(2025, 11, 26), 119000),
                                         ("ACME", "A-101", date(2025, 10, 12), 29750),
                                         ("ACME", "A-102", date(2025, 12, 11), 50000),
                                         ("BETA", "B-200", date(2025, 11, 1), 80000),
                                         ("BETA", "B-201", date(2025, 11, 15), 20000),
                                         ("GAMMA", "C-300", date(2025, 12, 1), 33333)):
        ledger.add_invoice(code, number, issued, amount)
    return ledger


def _ntry(ref: str, amount: str, ind: str, booked: str, party: str, name: str, iban: str, rmt: str) -> str:
    return f"""
      <Ntry>
        <NtryRef>{ref}</NtryRef>
        <Amt Ccy="EUR">{amount}</Amt>
        <CdtDbtInd>{ind}</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>{booked}</Dt></BookgDt>
        <ValDt><Dt>{booked}</Dt></ValDt>
        <AcctSvcrRef>{ref}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls><TxDtls>
          <Refs><AcctSvcrRef>{ref}</AcctSvcrRef><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
          <Amt Ccy="EUR">{amount}</Amt>
          <RltdPties><{party}><Nm>{name}</Nm></{party}><{party}Acct><Id><IBAN>{iban}</IBAN></Id></{party}Acct></RltdPties>
          <RmtInf><Ustrd>{rmt}</Ustrd></RmtInf>
        </TxDtls></NtryDtls>
      </Ntry>"""


_ENTRIES = "".join([
    _ntry("2026013100001", "1190.00", "CRDT", "2026-01-20", "Dbtr", "ACME GMBH", ACME_IBAN, "Invoice A-100"),
    _ntry("2026013100002", "1000.00", "CRDT", "2026-01-21", "Dbtr", "Beta Bau KG", BETA_IBAN, "Zahlung Rechnungen"),
    _ntry("2026013100003", "333.33", "CRDT", "2026-01-22", "Dbtr", "G. Trading", "GB29NWBK60161331926819", "Thanks"),
    _ntry("2026013100004", "45.00", "DBIT", "2026-01-23", "Cdtr", "Bank", "DE44500105175407324931", "Fees"),
    _ntry("2026013100005", "77.00", "CRDT", "2026-01-24", "Dbtr", "Someone Else", "FR1420041010050500013M02606",
          "gift"),
    _ntry("2026013100006", "297.50", "CRDT", "2026-01-25", "Dbtr", "Acme Accounts", "", "ACME payment"),
])

CAMT053 = f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>STMT-2026-01</MsgId><CreDtTm>2026-01-31T18:00:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>STMT-2026-01-1</Id>
      <ElctrncSeqNb>1</ElctrncSeqNb>
      <CreDtTm>2026-01-31T18:00:00</CreDtTm>
      <Acct><Id><IBAN>DE75512108001245126199</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
        <Dt><Dt>2026-01-01</Dt></Dt></Bal>
      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">3842.83</Amt><CdtDbtInd>CRDT</CdtDbtInd>
        <Dt><Dt>2026-01-31</Dt></Dt></Bal>{_ENTRIES}
    </Stmt>
  </BkToCstmrStmt>
</Document>
"""

CAMT054 = f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.04">
  <BkToCstmrDbtCdtNtfctn>
    <GrpHdr><MsgId>NTF-1</MsgId><CreDtTm>2026-01-20T10:00:00</CreDtTm></GrpHdr>
    <Ntfctn>
      <Id>NTF-1-1</Id>
      <CreDtTm>2026-01-20T10:00:00</CreDtTm>
      <Acct><Id><IBAN>DE75512108001245126199</IBAN></Id></Acct>{_ntry("NTF0001", "1190.00", "CRDT", "2026-01-20",
                                                                     "Dbtr", "ACME GMBH", ACME_IBAN,
                                                                     "Invoice A-100")}
    </Ntfctn>
  </BkToCstmrDbtCdtNtfctn>
</Document>
"""

OFX = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
<OFX>
  <SIGNONMSGSRSV1><SONRS>
    <STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
    <DTSERVER>20260228120000.000[+0:UTC]</DTSERVER><LANGUAGE>ENG</LANGUAGE>
  </SONRS></SIGNONMSGSRSV1>
  <BANKMSGSRSV1><STMTTRNRS>
    <TRNUID>1001</TRNUID>
    <STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
    <STMTRS>
      <CURDEF>EUR</CURDEF>
      <BANKACCTFROM><BANKID>51210800</BANKID><ACCTID>1245126199</ACCTID><ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>
      <BANKTRANLIST>
        <DTSTART>20260201000000.000[+0:UTC]</DTSTART><DTEND>20260228000000.000[+0:UTC]</DTEND>
        <STMTTRN><TRNTYPE>CREDIT</TRNTYPE><DTPOSTED>20260203120000.000[+0:UTC]</DTPOSTED>
          <TRNAMT>500.00</TRNAMT><FITID>OFX-0001</FITID><NAME>ACME GMBH</NAME><MEMO>Transfer</MEMO></STMTTRN>
        <STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20260204120000.000[+0:UTC]</DTPOSTED>
          <TRNAMT>-12.50</TRNAMT><FITID>OFX-0002</FITID><NAME>Bank</NAME><MEMO>Account fee</MEMO></STMTTRN>
      </BANKTRANLIST>
      <LEDGERBAL><BALAMT>4330.33</BALAMT><DTASOF>20260228000000.000[+0:UTC]</DTASOF></LEDGERBAL>
    </STMTRS>
  </STMTTRNRS></BANKMSGSRSV1>
</OFX>
"""

MT940 = """:20:STMT2026-02
:25:51210800/1245126199
:28C:00002/001
:60F:C260131EUR3842,83
:61:2602050205C333,33NTRFNONREF//BANKREF-9
:86:166?00GUTSCHRIFT?20RE C-300 DANKE?32GAMMA TRADING
:61:2602060206D12,50NCHGNONREF//BANKREF-10
:86:805?00KONTOFUEHRUNG?20GEBUEHR FEBRUAR
:62F:C260206EUR4163,66
-
"""
