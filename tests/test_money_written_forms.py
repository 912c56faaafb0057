"""Ways news and peer texts write amounts: hundredths after the unit, glued scales and signs, counted fractions."""

from decimal import Decimal

import pytest


def money(nlp, text):
    doc = nlp(text)
    return [(s.text, s._.value.amount, s._.value.currency, s._.value.qualifier) for s in doc.spans["MONEY"]]


@pytest.mark.parametrize("text,expected", [
    # Hundredths right after the unit, ending the clause.
    ("The ticket is 12 dollars 40.", [("12 dollars 40", Decimal("12.40"), "USD", "exact")]),
    ("The fee rises to 19 EUR 75.", [("19 EUR 75", Decimal("19.75"), "EUR", "exact")]),
    ("It came to eleven dollars thirty five", [("eleven dollars thirty five", Decimal("11.35"), "USD", "exact")]),
    # A number that runs on into the clause is no hundredths; nor is one that follows a sign of its own.
    ("They paid 12 dollars 40 times over.", [("12 dollars", Decimal("12"), "USD", "exact")]),
    ("rmb 30 usd 40", [("rmb 30", Decimal("30"), "CNY", "exact"), ("usd 40", Decimal("40"), "USD", "exact")]),
    # Quarters counted before a scale, and one added after "and a".
    ("It needs three quarters billion us dollars.",
     [("three quarters billion us dollars", Decimal("750000000"), "USD", "exact")]),
    ("It needs two and a half million dollars.", [("two and a half million dollars", Decimal("2500000"), "USD", "exact")]),
    # A PDF line break inside an amount stays in its span; a range is not joined across a break after its dash,
    # nor an amount across a blank line; trailing breaks stay out.
    ("co-financing of US$\n350 million, the total", [("US$\n350 million", Decimal("350000000"), "USD", "exact")]),
    ("It lent EUR 25\n   million to towns.", [("EUR 25\n   million", Decimal("25000000"), "EUR", "exact")]),
    ("made US$250 million –\n12 billion meticais – available",
     [("US$250 million", Decimal("250000000"), "USD", "exact"), ("12 billion meticais", Decimal("12000000000"), "MZN", "exact")]),
    ("Total USD 25\n\nMillion people", [("USD 25", Decimal("25"), "USD", "exact")]),
    ("Commitment: UA 1,250,000.50\nCo-financing: none", [("UA 1,250,000.50", Decimal("1250000.50"), "XUA", "exact")]),
    # Latin American signs CLDR lacks ("L." in a passage about Honduras only), a qualifier after the amount.
    ("Honduras aportará L. 38 millones.", [("L. 38 millones", Decimal("38000000"), "HNL", "exact")]),
    ("See L. 45 of the act in Kenya.", []),
    ("Los gobiernos del Perú suman S/. 2.300.000.", [("S/. 2.300.000", Decimal("2300000"), "PEN", "exact")]),
    ("Grants of $250,000 and above qualify.", [("$250,000", Decimal("250000"), "USD", "at_least")]),
    ("Loans of EUR 5 million or more need approval.", [("EUR 5 million", Decimal("5000000"), "EUR", "at_least")]),
    # A shared sign takes the country of its paragraph before the rest of the page's ("Mali. ... Chad. ...").
    ("Togo. The plan costs 9 billion. A connection costs 25,000 FCFA.\n\nChad. Each grid costs 180 million FCFA.",
     [("25,000 FCFA", Decimal("25000"), "XOF", "exact"), ("180 million FCFA", Decimal("180000000"), "XAF", "exact")]),
    ("Morocco. The plan has DH 3.1 billion for dams.", [("DH 3.1 billion", Decimal("3100000000"), "MAD", "exact")]),
    ("The plan has Dh 20 million.", [("Dh 20 million", Decimal("20000000"), "AED", "exact")]),
    # Scales, signs and qualifiers glued to the number.
    ("Budget: EUR 640k", [("EUR 640k", Decimal("640000"), "EUR", "exact")]),
    ("A second phase of ~£7m is planned.", [("£7m", Decimal("7000000"), "GBP", "approximate")]),
    ("nzd$45", [("nzd$45", Decimal("45"), "NZD", "exact")]),
    ("The book costs 80元.", [("80元", Decimal("80"), "CNY", "exact")]),
    ("The cost is 700 USD,200 times the estimate.", [("700 USD", Decimal("700"), "USD", "exact")]),
    # Of two candidates as long, the one written without a space: "$20", not "5 $".
    ("He kept 5 $20 notes.", [("$20", Decimal("20"), "USD", "exact")]),
    # CLDR's letter symbols as people also write them: with a full stop, in lower case after the first letter,
    # the cedi with a cent sign; German abbreviated scales ("Mio.", "Mrd.") from CLDR's short formats.
    ("It was KSh. 3.4 billion.", [("KSh. 3.4 billion", Decimal("3400000000"), "KES", "exact")]),
    ("It was Tsh 3.4 billion.", [("Tsh 3.4 billion", Decimal("3400000000"), "TZS", "exact")]),
    ("It was GH¢ 7.1 million.", [("GH¢ 7.1 million", Decimal("7100000"), "GHS", "exact")]),
    ("It was CHF 23 Mio. in all.", [("CHF 23 Mio", Decimal("23000000"), "CHF", "exact")]),
    ("It was EUR 1,7 Mrd. in all.", [("EUR 1,7 Mrd", Decimal("1700000000"), "EUR", "exact")]),
    # A code ending a sentence is no sign of the number that starts the next.
    ("It was paid in USD. 4 sites were built.", []),
    # The mark closing a whole amount in East African and Swiss texts, glued to it, ends its span (as annotators mark it).
    ("It was Shs 2,750,000/= in Uganda.", [("Shs 2,750,000/=", Decimal("2750000"), "UGX", "exact")]),
    ("It was CHF 45.- a day.", [("CHF 45.-", Decimal("45"), "CHF", "exact")]),
    ("In Uganda it was quoted as Sh 37bn/- last week.", [("Sh 37bn/-", Decimal("37000000000"), "UGX", "exact")]),
    # Two glued code amounts with their scales make one range.
    ("Bids of EUR3m–EUR6m are invited.", [("EUR3m–EUR6m", Decimal("3000000"), "EUR", "exact")]),
    # French thousands grouped with spaces before a scale or a currency word; "dollars US" as French writes it.
    ("Le Niger prévoit 7 250 millions F CFA.", [("7 250 millions F CFA", Decimal("7250000000"), "XOF", "exact")]),
    ("Le coût atteint 640 000 euros.", [("640 000 euros", Decimal("640000"), "EUR", "exact")]),
    ("Soit 41 millions de dollars US.", [("41 millions de dollars US", Decimal("41000000"), "USD", "exact")]),
    # A sign with its unit word before the amount; ranges in French, Spanish and Portuguese ("à", "a").
    ("In Mali, wells cost CFA francs 23 million each.", [("CFA francs 23 million", Decimal("23000000"), "XOF", "exact")]),
    ("In Niger, awards run from CFA francs 3 million to 9 million.",
     [("CFA francs 3 million to 9 million", Decimal("3000000"), "XOF", "exact")]),
    ("Au Togo, des prêts de 4 à 12 millions de FCFA.", [("4 à 12 millions de FCFA", Decimal("4000000"), "XOF", "exact")]),
    ("Créditos de 3 a 7 millones de euros.", [("3 a 7 millones de euros", Decimal("3000000"), "EUR", "exact")]),
    ("It costs $4 million a year.", [("$4 million", Decimal("4000000"), "USD", "exact")]),
    # "SR": the Saudi riyal as Gulf funds write it, CLDR's Seychelles rupee in a passage about the Seychelles.
    ("The Saudi fund lent SR 60 million to Tunisia.", [("SR 60 million", Decimal("60000000"), "SAR", "exact")]),
    ("In Seychelles the jetty cost SR 14 million.", [("SR 14 million", Decimal("14000000"), "SCR", "exact")]),
    # Years closing a line are a period, not an amount of the sign opening the next line.
    ("Term: 2020–2024\nRs 3.4 crore in Nepal.", [("Rs 3.4 crore", Decimal("34000000"), "NPR", "exact")]),
    ("Term 2022–2026 EUR 7m.", [("EUR 7m", Decimal("7000000"), "EUR", "exact")]),
    # Romance approximations: "ronda os" (Portuguese), "de l'ordre de" (French).
    ("Em Moçambique, a obra ronda os 9.400.000 MT.", [("9.400.000 MT", Decimal("9400000"), "MZN", "approximate")]),
    ("Le coût est de l'ordre de 7 millions d'euros.", [("7 millions d'euros", Decimal("7000000"), "EUR", "approximate")]),
    # English "a" is "per", never a range word; "US" after "dollars" only in capitals.
    ("Day workers earn $4 a 10-hour shift.", [("$4", Decimal("4"), "USD", "exact")]),
    ("A fee of $3 a 100 dollars lent applies.",
     [("$3", Decimal("3"), "USD", "exact"), ("100 dollars", Decimal("100"), "USD", "exact")]),
    ("They gave 3 million dollars us last year.", [("3 million dollars", Decimal("3000000"), "USD", "exact")]),
    # Unit words that are also English words stay words: a milestone, an adjective, a noun before its noun.
    ("Sign-ups passed the 20,000 mark.", []),
    ("It created 3,000 real jobs.", []),
    ("Some 2,500 sol lamps were sold.", []),
    # A unit's abbreviation with what it measures is that unit, even in its currency's country.
    ("In Mozambique, farmers stored 15,000 MT of rice.", []),
    ("In Iraq, 6,200 ID cards were printed.", []),
    ("In Iraq, staff were given ID 14,000 numbers.", []),
    # A small number closed by "/-" is no whole amount.
    ("In Kenya, see page 14/- of the annex.", []),
    # MT for the metical only in a passage about Mozambique; elsewhere it is metric tonnes.
    ("Em Moçambique, a ligação custa 1.200 MT.", [("1.200 MT", Decimal("1200"), "MZN", "exact")]),
    ("Kenya harvested 640,000 MT of maize.", []),
    # South Asian grouping (lakh, crore): two digits between commas.
    ("It was Rs. 17,40,000 in Nepal.", [("Rs. 17,40,000", Decimal("1740000"), "NPR", "exact")]),
    ("It was NPR 2,35,00,000.", [("NPR 2,35,00,000", Decimal("23500000"), "NPR", "exact")]),
    # A capitalized unit word or name as a label before the amount; a code in title case.
    ("It was Taka 7 crore.", [("Taka 7 crore", Decimal("70000000"), "BDT", "exact")]),
    ("It was Rupees 3,40,000 in India.", [("Rupees 3,40,000", Decimal("340000"), "INR", "exact")]),
    ("It was Kenya Shillings 8,400,000.", [("Kenya Shillings 8,400,000", Decimal("8400000"), "KES", "exact")]),
    ("It was Rwf 4.6 billion.", [("Rwf 4.6 billion", Decimal("4600000000"), "RWF", "exact")]),
    # A sign before a worded number and its scale.
    ("It was EUR seven million.", [("EUR seven million", Decimal("7000000"), "EUR", "exact")]),
    ("It was US$ two billion.", [("US$ two billion", Decimal("2000000000"), "USD", "exact")]),
    # Informal initials CLDR lacks, in a passage about their country.
    ("In Jordan it was JD 6 million.", [("JD 6 million", Decimal("6000000"), "JOD", "exact")]),
    ("In Lebanon it was LL 90 billion.", [("LL 90 billion", Decimal("90000000000"), "LBP", "exact")]),
    # A sign and a unit word of the same currency, both written: one amount; the word picks among the sign's.
    ("It cost C$ 7 million dollars.", [("C$ 7 million dollars", Decimal("7000000"), "CAD", "exact")]),
    ("In Chile, the fee was $900 pesos.", [("$900 pesos", Decimal("900"), "CLP", "exact")]),
    ("A 3 $50 dollars voucher.", [("$50 dollars", Decimal("50"), "USD", "exact")]),
])
def test_money_written_forms(nlp, text, expected):
    assert money(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Goal SDG 8 and TOP 10 rankings are reported.",  # a goal and a ranking, not Sudanese pounds or paʻanga
    "Among the partners, PEN 12 was listed.",  # a word-like code beside a small number, no country
    "The plan serves SDG 6-7 targets.",  # a range of goals
    "Rwf 300 was the fee.",  # a title-case code beside a small number
    "Dong 5 said so.",  # a capitalized unit word before a small number: a name
    "Le 21 mars, LE 4 million was paid.",  # French article; capital initials need their country
])
def test_money_word_codes_need_an_unmistakable_amount(nlp, text):
    assert money(nlp, text) == []


@pytest.mark.parametrize("text,code", [
    ("The reserve holds SDG 4,800,000.", "SDG"),
    ("Exports reached TRY 2.7bn.", "TRY"),
    ("The credit was 3.5 million ALL.", "ALL"),
    ("Bids ranged over MAD 2-3 million.", "MAD"),
])
def test_money_word_codes_beside_grouped_or_scaled_amounts(nlp, text, code):
    assert [m[2] for m in money(nlp, text)] == [code]


def test_money_table_row_with_an_empty_cell_keeps_its_column(nlp):
    """'| Total | | 31.5 |': the bars around an empty cell share one space, and the number stays under its header."""
    text = ("Grants by scheme\n\n| Scheme | Region | Amount (EUR million) |\n|---|---|---|\n"
            "| Harbour Works | North | 20.25 |\n| Dry Port | South | 11.25 |\n| Total | | 31.5 |\n")
    assert [(a, c) for _, a, c, _ in money(nlp, text)] == [
        (Decimal("20250000"), "EUR"), (Decimal("11250000"), "EUR"), (Decimal("31500000"), "EUR")]
