"""The settlement offer letter (Vergleichsangebot, 和解方案) in the customer's language: every sentence, header and
caption a message, amounts and dates as the dunning letters write them (render.wording's Formatter)."""

from __future__ import annotations

from arledger.domain.messages import Message, msg, plural_msg
from arledger.domain.model import CustomerKind
from arledger.render.casefile import Document, Section, Table
from arledger.render.messages import translate
from arledger.render.wording import Formatter
from arledger.services.ledger import Ledger
from arledger.storage.settlement_offers import OfferRow


def settlement_letter(ledger: Ledger, offer: OfferRow) -> Document:
    """The offer letter: the full claim, what is given up, what to pay by when, and that the full claim stands
    if it is not paid in time. States only what the ledger holds; nothing internal (the approval) is printed."""
    customer = ledger.customer_by_id(offer.customer_id)
    company = ledger.setting("company") or {}
    lang = customer.language.value
    page_size = str(ledger.setting("letters.page_size", "A4") or "A4")
    fmt = Formatter(lang, "", page_size)
    t = offer.terms
    cur = t.currency

    def tr(message: Message) -> str:
        return translate(message, lang)

    def money(v: int) -> str:
        return fmt.money(v, cur)

    reference = f"{customer.code}-S{offer.id}"
    deadline = fmt.long_date(offer.deadline)
    sender = tuple(x for x in (str(company.get("name", "")), *str(company.get("address", "")).splitlines(),
                                str(company.get("email", "")), str(company.get("phone", ""))) if x)
    recipient = (customer.name, *[x for x in customer.address.splitlines() if x.strip()])
    # a named person: the first contact of a company (as the dunning letters address it), or the individual
    person = (customer.contacts[0].name if customer.contacts else "") if customer.kind == CustomerKind.COMPANY \
        else customer.name
    waived = tr(msg("settlement.letter.waived", "waived"))
    rows = (
        (tr(plural_msg("settlement.letter.row.principal", "Principal (invoice {numbers})",
                       "Principal (invoices {numbers})", n=len(offer.invoice_numbers),
                       numbers=", ".join(offer.invoice_numbers))),
         money(t.principal), "- " + money(t.discount) if t.discount else "", money(t.principal - t.discount)),
        (tr(msg("settlement.letter.row.interest", "Late-payment interest")), money(t.interest),
         waived if t.waive_interest else "", money(0 if t.waive_interest else t.interest)),
        (tr(msg("settlement.letter.row.compensation", "Fixed compensation")), money(t.compensation),
         waived if t.waive_compensation else "", money(0 if t.waive_compensation else t.compensation)),
        (tr(msg("settlement.letter.row.total", "Total")), money(t.claim), "- " + money(t.concession),
         money(t.amount_due)),
    )
    header = ("", *(tr(m) for m in (msg("settlement.letter.col.claimed", "Claimed"),
                                     msg("settlement.letter.col.given_up", "Given up"),
                                     msg("settlement.letter.col.to_pay", "To pay"))))
    bank = company.get("bank") or {}
    labels = fmt.labels  # the dunning letters' own labels for the bank details
    pay = [str(bank["account_name"])] if bank.get("account_name") else []
    pay += [f"{labels[key]} {bank[key]}" for key in ("iban", "bic") if bank.get(key)]
    pay += [str(bank["bank_name"])] if bank.get("bank_name") else []
    lapse = (msg("settlement.letter.lapse_interest", "If the payment is not received in full by {deadline}, this "
                 "offer lapses without further notice and the full claim of {claim}, with interest continuing to "
                 "accrue, stands.", deadline=deadline, claim=money(t.claim)) if t.interest else
             msg("settlement.letter.lapse", "If the payment is not received in full by {deadline}, this offer lapses "
                 "without further notice and the full claim of {claim} stands.", deadline=deadline,
                 claim=money(t.claim)))
    how_to_pay = (msg("settlement.letter.pay_to", "Pay to: {account}. Reference: {reference}.",
                      account=" · ".join(pay), reference=reference) if pay else
                  msg("settlement.letter.quote_reference", "Please quote the reference {reference} with your payment.",
                      reference=reference))
    # Chinese letters greet a company by its name (尊敬的…), as the zh dunning letters do
    addressee = person or (customer.name if lang == "zh" else "")
    greeting = (msg("settlement.letter.greeting_person", "Dear {name},", name=addressee) if addressee else
                msg("settlement.letter.greeting", "Dear Sir or Madam,"))
    closing = (msg("settlement.letter.closing_person", "Yours sincerely,") if person else
               msg("settlement.letter.closing", "Yours faithfully,"))
    sections = (
        Section("", (tr(greeting), tr(msg(
            "settlement.letter.offer", "To close this matter we offer to settle your account for {amount} instead "
            "of the {claim} now claimed, if the payment reaches us by {deadline}.", amount=money(t.amount_due),
            claim=money(t.claim), deadline=deadline)))),
        Section(tr(msg("settlement.letter.the_offer", "The offer")),
                tables=(Table(header, rows, (1, 2, 3), (3, 1.3, 1.3, 1.3)),)),
        Section(tr(msg("settlement.letter.conditions", "Conditions")), (
            tr(msg("settlement.letter.settles", "Payment of {amount} in full by {deadline} settles the invoices "
                   "listed; we will then confirm in writing that nothing more is owed on them.",
                   amount=money(t.amount_due), deadline=deadline)),
            tr(lapse), tr(how_to_pay))),
        Section("", (tr(closing), str(company.get("contact_person") or company.get("name") or ""))),
    )
    title = tr(msg("settlement.letter.title", "Settlement offer {reference}", reference=reference))
    footer = tr(msg("settlement.letter.footer", "{company} · settlement offer {reference} of {on}",
                    company=str(company.get("name", "")), reference=reference, on=fmt.date(offer.offered_on)))
    return Document(title, footer, sections, sender, recipient, lang, page_size,
                    subtitle=tr(msg("settlement.letter.date", "Date: {on}", on=fmt.date(offer.offered_on))))
