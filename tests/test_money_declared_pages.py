"""Written conventions of amounts across currencies and page layouts (all names and figures invented)."""

from decimal import Decimal

import pytest


def money(nlp, text):
    doc = nlp(text)
    return [(s.text, s._.value.amount, s._.value.currency, s._.value.qualifier) for s in doc.spans["MONEY"]]


def amounts(nlp, text):
    return [(text, amount, currency) for text, amount, currency, _ in money(nlp, text)]


@pytest.mark.parametrize("text,expected", [
    # Unicode's fraction characters and a fraction "of a" scale; the article is the number.
    ("The trust added ⅜ million pounds sterling.", [("⅜ million pounds sterling", Decimal("375000"), "GBP")]),
    ("- Buffer: 3½ million dollars\n- Other: none", [("3½ million dollars", Decimal("3500000"), "USD")]),
    ("Half of a million dollars went to the clinic.", [("Half of a million dollars", Decimal("500000"), "USD")]),
    ("Its share came to a quarter of a million pounds sterling.",
     [("a quarter of a million pounds sterling", Decimal("250000"), "GBP")]),
    # A unit word that is also a word counts after grouped thousands; "units" still count things.
    ("In Kyrgyzstan a meter costs 2,300 som.", [("2,300 som", Decimal("2300"), "KGS")]),
    ("In Georgia a lamp costs 3,250 lari.", [("3,250 lari", Decimal("3250"), "GEL")]),
    ("The plant made 4,500 units last year.", []),
    # A currency sign of any script (Unicode category Sc, from CLDR); forms CLDR lacks.
    ("Armenia set aside ֏ 75 million for schools.", [("֏ 75 million", Decimal("75000000"), "AMD")]),
    ("Afghanistan set aside ؋ 90 million for clinics.", [("؋ 90 million", Decimal("90000000"), "AFN")]),
    # The full-width yen sign is the yen sign: JPY, or CNY in a passage about China.
    ("In China, the city spent ￥45 million.", [("￥45 million", Decimal("45000000"), "CNY")]),
    ("Rwanda paid Frw 8.2 billion to districts.", [("Frw 8.2 billion", Decimal("8200000000"), "RWF")]),
    ("In Iraq, the council spent ID 55 million on pumps.", [("ID 55 million", Decimal("55000000"), "IQD")]),
    ("Give your ID 55 times a day.", []),
    ("In Iraq, the council filed it as Project ID 4521.", []),
    # Indian stacked scales.
    ("The outlay is ₹3.4 lakh crore.", [("₹3.4 lakh crore", Decimal("3400000000000"), "INR")]),
    # A range opened by "from" is spanned without it, like "between"; lettered dollar signs glued on both ends.
    ("Grants run from €20,000 to €90,000.", [("€20,000 to €90,000", Decimal("20000"), "EUR")]),
    ("- Small grants: NZ$200k–NZ$450k", [("NZ$200k–NZ$450k", Decimal("200000"), "NZD")]),
])
def test_written_forms_read(nlp, text, expected):
    assert amounts(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # Spanish and Portuguese scale phrases with "dólares" (the US dollar, as "dollars" is).
    ("El banco aprobó 730 millones de dólares.", [("730 millones de dólares", Decimal("730000000"), "USD")]),
    ("O banco aprovou 48 milhões de dólares.", [("48 milhões de dólares", Decimal("48000000"), "USD")]),
    # "MM" for millones (and a million in English finance).
    ("Chile aportará US$ 87 MM.", [("US$ 87 MM", Decimal("87000000"), "USD")]),
    # A "$" written with its peso spans from the sign.
    ("Se asignaron $7,3 billones de pesos colombianos.",
     [("$7,3 billones de pesos colombianos", Decimal("7300000000000"), "COP")]),
    # French: a franc sign in two words after grouped thousands or a scale.
    ("Au Sénégal, l'État apporte 3 400 000 000 F CFA, contre 71,5 millions F CFA.",
     [("3 400 000 000 F CFA", Decimal("3400000000"), "XOF"), ("71,5 millions F CFA", Decimal("71500000"), "XOF")]),
])
def test_romance_forms_read(nlp, text, expected):
    assert amounts(nlp, text) == expected


def test_spanish_page_writes_its_own_peso_as_dollar_sign(nlp):
    text = ("El Ministerio firmó créditos por US$900 millones, cerca de $3,6 billones de pesos colombianos.\n\n"
            "El Gobierno aportará $640.000 millones adicionales.")
    found = amounts(nlp, text)
    assert ("$640.000 millones", Decimal("640000000000"), "COP") in found
    assert ("US$900 millones", Decimal("900000000"), "USD") in found


def test_english_page_keeps_the_dollar_sign_american(nlp):
    assert amounts(nlp, "In Colombia, the bank lent $45 million.") == [("$45 million", Decimal("45000000"), "USD")]


@pytest.mark.parametrize("text,expected", [
    ("In Tanzania the treasury released 23,400,000,000/- and 615m/- to councils.",
     [("23,400,000,000/-", Decimal("23400000000"), "TZS"), ("615m/-", Decimal("615000000"), "TZS")]),
    ("In Uganda, each parish got 4,500,000/= last year.", [("4,500,000/=", Decimal("4500000"), "UGX")]),
    # No country, no currency: the mark alone does not say whose shilling or rupee.
    ("Each member paid 4,500,000/= last year.", []),
])
def test_closing_mark_makes_a_bare_number_an_amount_of_the_passage(nlp, text, expected):
    assert amounts(nlp, text) == expected


def test_label_value_with_unit_after_it(nlp):
    assert amounts(nlp, "Note 9. Bank charges paid: 12.7 (CHF '000).") == [("12.7", Decimal("12700"), "CHF")]
    assert amounts(nlp, "Table 4 (EUR million) lists the grants.") == []


DECLARED_PAGE = """Lakeside Towns Programme – Budget Note
All amounts in Malawian kwacha (MWK) unless otherwise stated.

1. Budgets

Water kiosks                         18,200,000
Drainage                              6,450,000

2. Commentary

Spending reached 9.4 million, or 41% of the budget. A kiosk now costs 2,750 against 2,100 before, and a tap costs 3.20 to fit.
The programme employs 23 staff and 140 volunteers in 17 towns; each volunteer receives 95.
Training lasts between 3 and 6 weeks.

Chart 2 (amounts in MWK million): yearly transfers were 1.7, 2.2 and 2.9.
"""


def test_page_declaring_its_currency_once_makes_bare_amounts_money(nlp):
    found = amounts(nlp, DECLARED_PAGE)
    for expected in [("18,200,000", Decimal("18200000"), "MWK"), ("6,450,000", Decimal("6450000"), "MWK"),
                     ("9.4 million", Decimal("9400000"), "MWK"), ("2,750", Decimal("2750"), "MWK"),
                     ("2,100", Decimal("2100"), "MWK"), ("3.20", Decimal("3.20"), "MWK"), ("95", Decimal("95"), "MWK"),
                     ("1.7", Decimal("1700000"), "MWK"), ("2.9", Decimal("2900000"), "MWK")]:
        assert expected in found
    texts = {text for text, _, _ in found}
    # Counts, percentages, section and chart numbers stay numbers.
    assert not texts & {"23", "140", "17", "41", "1", "2", "3", "6"}


def test_page_without_a_declaration_keeps_bare_numbers(nlp):
    undeclared = DECLARED_PAGE.replace("All amounts in Malawian kwacha (MWK) unless otherwise stated.\n", "")
    texts = {text for text, _, _ in amounts(nlp, undeclared)}
    assert texts == {"1.7", "2.2", "2.9"}  # only the inline caption names a unit


@pytest.mark.parametrize("text,currencies", [
    # The letterhead names the page's own country: the last paragraph names none, and without the letterhead
    # it would take Gabon's franc (nearer, and named twice); the first amount keeps its own sentence's country.
    ("RÉPUBLIQUE DU TOGO\nMinistère de l'Économie\n\nLe Gabon et le Cameroun ont signé pour 12 milliards FCFA ; "
     "le Gabon versera sa part en 2027.\n\nLes frais de gestion restent à 90 millions FCFA.", ["XAF", "XOF"]),
    # A country on a line of its own over a table and its notes (else the rupee of the nearer Sri Lanka).
    ("Annex: costs\n\nNepal\n| Project | Cost |\n| Hill Roads | Rs 2,400 million |\n\nSri Lanka\n| Project | Cost |\n"
     "| Tank Repair | LKR 800 million |", ["NPR", "LKR"]),
])
def test_shared_sign_takes_the_country_of_its_block_or_letterhead(nlp, text, currencies):
    assert [currency for _, _, currency in amounts(nlp, text)] == currencies


def test_shared_sign_takes_the_country_of_a_currency_written_beside_it(nlp):
    text = "The treasury signed a KSh 40 billion package, with lenders adding about Sh28.5bn."
    assert amounts(nlp, text)[-1] == ("Sh28.5bn", Decimal("28500000000"), "KES")


@pytest.mark.parametrize("text,qualifier", [
    ("Fees are capped at £2,500 per year.", "at_most"),
    ("Les frais ne devraient pas dépasser 300 000 FCFA au Mali.", "at_most"),
    ("O valor ultrapassou R$ 45,2 milhões.", "at_least"),
])
def test_qualifiers_of_caps_and_excesses(nlp, text, qualifier):
    assert money(nlp, text)[0][3] == qualifier


@pytest.mark.parametrize("text,qualifier", [
    # A clause whose subject is a maximum (minimum) caps (floors) the amount it is said to be.
    ("The maximum grant per school is $800.", "at_most"),
    ("O valor máximo por família é de 40 milhões de kwanzas.", "at_most"),
    ("The minimum loan is EUR 7,500.", "at_least"),
    ("The total, at maximum capacity, is $6 million.", "exact"),
    ("Em Nampula, a reparação de cada bomba manual ronda os 95.000 meticais.", "approximate"),
    # The cap word must head the subject of the verb: a minimum wage is a thing; another clause's maximum caps nothing.
    ("The minimum wage in Kenya is KSh 15,201 a month.", "exact"),
    ("The maximum age is 35 and the fee is $200.", "exact"),
    ("O salário mínimo em Angola é de 32.000 kwanzas.", "exact"),
    ("The grant for schools with minimum enrolment is $800.", "exact"),
    # A label's own sentence on a line of several; a "(approx.)" after a rate's period; "above", "exceed".
    ("Term: four years. Maximum award: £410,000.", "at_most"),
    ("Remittances to the valley reached €12 million a year (approx.) by then.", "approximate"),
    ("Loans above EUR 2 million need review.", "at_least"),
    ("Its loans since 1980 exceed 2.1 trillion yen.", "at_least"),
    ("Repairs would not exceed $40,000.", "at_most"),
])
def test_qualifiers_said_by_the_clause(nlp, text, qualifier):
    assert money(nlp, text)[0][3] == qualifier


def test_rate_said_in_words_keeps_its_decimals(nlp):
    # On a page writing decimal commas, "3,412" before a scale-less currency would group thousands; as a rate it
    # has decimals, whether the rate is said after it ("pour un euro") or before it ("au taux de").
    after = "En Tunisie, les 7,5 millions d'euros du prêt, à 3,412 TND pour un euro, couvrent la digue."
    assert ("3,412 TND", Decimal("3.412"), "TND") in amounts(nlp, after)
    before = "En Tunisie, l'aide de 2,5 millions d'euros a été versée au taux de 3,375 dinars."
    assert ("3,375 dinars", Decimal("3.375"), "TND") in amounts(nlp, before)


EURO_PAGE = """Valley Health Round – Summary
All amounts in euros unless otherwise stated.

{sentence}
Each group leader receives 45 a month; the scales cost 1,240 in all.
"""


@pytest.mark.parametrize("sentence", [
    "Children under 5 in the area were screened.",
    "1 in 4 was underweight.",
    "Some 60 are now employed, up from 20 a year earlier.",
    "Mothers aged 19 or over 40 were weighed twice.",
])
def test_declared_page_keeps_counts_ratios_and_ages_numbers(nlp, sentence):
    # A plain number is an amount only where a money word says so in its clause; never in "N in M" or after "under".
    found = amounts(nlp, EURO_PAGE.format(sentence=sentence))
    assert found == [("45", Decimal("45"), "EUR"), ("1,240", Decimal("1240"), "EUR")]


def test_declaration_followed_by_another_sentence_gives_labels_and_money_columns_its_currency(nlp):
    """"Figures are in US$. Data at 1 May 2031.": the declaration opens the line. Label values
    take it (an ID's number does not), and so do a table's columns headed by a money word; a column of counts not."""
    text = ("Figures are in US$. Data at 1 May 2031.\n\n"
            "Signed:      4,210,000\n"
            "Committed:   3,900,500\n"
            "Contribution ID: 44120\n\n"
            "Grant | Clinics | Disbursed\n"
            "Meadow Wells | 1,250 | 2,410,000\n")
    assert amounts(nlp, text) == [("4,210,000", Decimal("4210000"), "USD"), ("3,900,500", Decimal("3900500"), "USD"),
                                  ("2,410,000", Decimal("2410000"), "USD")]


@pytest.mark.parametrize("caption,row,expected", [
    ("Table 2. Funding by donor (EUR million, constant prices)[4]", "Eastland | 14 | 22.5",
     [("14", Decimal("14000000")), ("22.5", Decimal("22500000"))]),
    ("Tabla 4. Obras (en millones de dólares estadounidenses, cifras de mayo de 2031)", "Eastland | 14 | 22,5",
     [("14", Decimal("14000000")), ("22,5", Decimal("22500000"))]),
])
def test_caption_unit_before_a_caveat_or_a_footnote_mark(nlp, caption, row, expected):
    text = f"{caption}\n\nDonor | 2031 | 2032\n{row}\n"
    assert [(t, a) for t, a, c in amounts(nlp, text) if c in ("USD", "EUR")] == expected


def test_bar_glued_to_a_cell_still_parts_the_columns(nlp):
    """"Forecast pay.| 48,200,000": the bar without a space before it parts two cells, so the amount keeps its column."""
    text = ("Year | Flow | Yen amount (JPY) | GMD equivalent\n"
            "2031 | Payment | 640,000,000 | 289,000,000\n"
            "2032 | Forecast pay.| 48,200,000 | 21,750,000\n")
    assert [(t, c) for t, _, c in amounts(nlp, text)] == [
        ("640,000,000", "JPY"), ("289,000,000", "GMD"), ("48,200,000", "JPY"), ("21,750,000", "GMD")]


@pytest.mark.parametrize("text,expected", [
    ("Wells were dug (with EUR 8 million).[12] Then more.", [("EUR 8 million", Decimal("8000000"))]),
    ("The plan follows the 2031 ESP guidance on land.", []),  # a withdrawn code beside a year is an acronym
    ("In 1996 the loan was DEM 80 million.", [("DEM 80 million", Decimal("80000000"))]),
])
def test_footnote_marks_and_withdrawn_codes(nlp, text, expected):
    assert [(t, a) for t, a, _ in amounts(nlp, text)] == expected


@pytest.mark.parametrize("text,expected", [
    # A sign after "of" with a number after it opens the next amount.
    ("Paid out so far: EUR 12 million of EUR 80 million.",
     [("EUR 12 million", Decimal("12000000"), "EUR", "exact"), ("EUR 80 million", Decimal("80000000"), "EUR", "exact")]),
    ("It costs 5 million of US dollars.", [("5 million of US dollars", Decimal("5000000"), "USD", "exact")]),
    # Longer qualifier phrases, and a "(limit)" after the amount.
    ("The bank may lend up to a total of 4.2 billion yen to the city.",
     [("4.2 billion yen", Decimal("4200000000"), "JPY", "at_most")]),
    ("Credit ceiling: 930 million yen (limit)\n", [("930 million yen", Decimal("930000000"), "JPY", "at_most")]),
])
def test_of_before_a_signed_amount_and_long_qualifiers(nlp, text, expected):
    assert money(nlp, text) == expected


def test_caption_unit_after_the_last_comma(nlp):
    text = "Grants paid (cash basis, US$ thousands)\n\nYear | Schools | Total\n2031 | 4,015 | 6,270\n"
    assert amounts(nlp, text) == [("4,015", Decimal("4015000"), "USD"), ("6,270", Decimal("6270000"), "USD")]


@pytest.mark.parametrize("text", [
    "All amounts in EUR unless otherwise stated.\n\nBeneficiaries: 12,000\nDistricts: 9\nStaff: 120\n",
    "Amounts are in US$.\n\nKey results | Value\nSchools built | 45\nTeachers trained | 1,200\n",
    "Portfolio by sector (number of projects, US$ million)\n\nSector | Projects | Amount\nWater | 12 | 45.5\n",
])
def test_declared_and_captioned_pages_keep_counts_numbers(nlp, text):
    """Counts under a page's declared currency or a caption that also counts things stay numbers."""
    assert money(nlp, text) == []


def test_a_year_after_a_sign_does_not_open_a_next_amount(nlp):
    assert [t for t, *_ in money(nlp, "Un préstamo de 25 millones de USD 2031 fue aprobado.")] == ["25 millones de USD"]


def test_a_ranked_tables_rank_column_holds_no_amounts(nlp):
    text = ("Chart 9. Biggest grants (CHF thousand)\n\nRank  Project                              Region      Disbursed\n"
            "----  -----------------------------------  ----------  ---------\n"
            " 1    Hill Schools Renewal                 Eastland        4,100\n"
            " 2    Lakeside Ferry Links                 Westland        3,250\n")
    assert amounts(nlp, text) == [("4,100", Decimal("4100000"), "CHF"), ("3,250", Decimal("3250000"), "CHF")]


@pytest.mark.parametrize("text,expected", [
    # A caption's unit with a multiplier in figures scales the table; the caption itself holds no amount.
    ("Aid by type (Unit: 100 million yen)\n\nYear | Loans | Grants\nFY2031 | 1,204.50 | 31.20\n",
     [("1,204.50", Decimal("120450000000"), "JPY"), ("31.20", Decimal("3120000000"), "JPY")]),
    ("Payments (SEK 1000)\nYear | Paid\n2031 | 4 250\n", [("4 250", Decimal("4250000"), "SEK")]),
])
def test_caption_units_with_a_multiplier_in_figures(nlp, text, expected):
    assert amounts(nlp, text) == expected


def test_rounded_after_an_amount_makes_it_approximate(nlp):
    assert money(nlp, "Average grant: $4,100 (rounded)\n")[0][3] == "approximate"


def test_a_caption_reaches_its_parts_across_sub_headings_and_reads_a_scale_after_a_comma(nlp):
    """A sources-of-funds box captioned "(EUR, Millions)" with an OVERVIEW part and a BREAKDOWN part, each a list of
    label-value rows under its own sub-heading."""
    text = ("Sources of funds (EUR, Millions)\n\nOVERVIEW\nCost of the operation          18.40\nUnfunded                        1.10\n\n"
            "BREAKDOWN\nLoans\n  Lakeside Investment Bank             12.30\n  Hill Province budget                 5.00\n")
    assert amounts(nlp, text) == [("18.40", Decimal("18400000"), "EUR"), ("1.10", Decimal("1100000"), "EUR"),
                                  ("12.30", Decimal("12300000"), "EUR"), ("5.00", Decimal("5000000"), "EUR")]


def test_a_budget_table_headed_by_years_keeps_its_caption_across_wrapped_rows(nlp):
    text = ("Annex 3 – Indicative costs per output and year (in CHF)\n\n"
            "Output                             2032       2033       2034\n"
            "===============================================================\n"
            "A. Seed banks and                 48,500     61,250     12,000\n"
            "   nurseries\n"
            "B. Water points for               70,000     33,300      9,900\n"
            "   schools\n")
    assert [a for _, a, _ in amounts(nlp, text)] == [Decimal(n) for n in ("48500", "61250", "12000", "70000", "33300", "9900")]


@pytest.mark.parametrize("text,expected", [
    # A unit in parentheses, then a colon, then "place amount" items: each amount is in that unit.
    ("Budget by output (CHF): Ruritania 1,450,000 · Osterlich 820,000 · shared learning 215,000",
     [("1,450,000", Decimal("1450000"), "CHF"), ("820,000", Decimal("820000"), "CHF"), ("215,000", Decimal("215000"), "CHF")]),
    # A cell that opens with a currency code and a scale and a colon.
    ("Flexible funding in 2031 | USD million: Sweden 14.2 | Private donors 3.75",
     [("14.2", Decimal("14200000"), "USD"), ("3.75", Decimal("3750000"), "USD")]),
    # Rates under such a caption are no amounts; a later caption on the line ends the reach of the one before.
    ("Exchange rates used (EUR): 1.08 to the dollar, 0.86 to the pound.", []),
    ("Lending rate (USD): 4.5 percent", []),
    ("Contributions | EUR million: Ruritania 12.6 | USD million: Osterlich 9.1",
     [("12.6", Decimal("12600000"), "EUR"), ("9.1", Decimal("9100000"), "USD")]),
    # A parenthesis that is no unit before a colon is a label.
    ("Sector (CRS code): 14020 water supply", []),
    # A year after such a caption is no amount of it.
    ("Transfers (EUR million): 3.1 in 2031", [("3.1", Decimal("3100000"), "EUR")]),
    # Columns headed "(in USD)" whose cells write their own scale.
    ("Plan (2031–2035)\nRequirement (in USD) | Funded (in USD) | Shortfall (in USD)\n2.04 bn | 388 m | 71.5 m\n",
     [("2.04 bn", Decimal("2040000000"), "USD"), ("388 m", Decimal("388000000"), "USD"), ("71.5 m", Decimal("71500000"), "USD")]),
    # A caption that gives the scale only, over rows that give their currency.
    ("Loans – amounts in millions, each in its own currency\nLoan\tCurrency\tApproved\tDisbursed\n"
     "IDA-1\tXDR\t21.40\t8.05\nTF-2\tUSD\t3.10\t1.25\n",
     [("21.40", Decimal("21400000"), "XDR"), ("8.05", Decimal("8050000"), "XDR"),
      ("3.10", Decimal("3100000"), "USD"), ("1.25", Decimal("1250000"), "USD")]),
    # A caption's "figures in thousands" over people counts scales no amount.
    ("People reached – figures in thousands\nCountry\tCurrency\tBudget\nRuritania\tKES\t1,200,000\n",
     [("1,200,000", Decimal("1200000"), "KES")]),
    # A range of space-grouped amounts, each with its code, is one mention.
    ("Grants of EUR 15 000 to EUR 120 000 go to cooperatives.", [("EUR 15 000 to EUR 120 000", Decimal("15000"), "EUR")]),
])
def test_units_of_inline_lists_scaled_cells_and_loan_currency_tables(nlp, text, expected):
    assert amounts(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # A number right after a part's word numbers the part: no range opens there.
    ("Harbour Drainage Programme, stage 4 – 18 M€ – approved 2 March 2031",
     [("18 M€", Decimal("18000000"), "EUR")]),
    ("Lot 3 – USD 2 million for pumps.", [("USD 2 million", Decimal("2000000"), "USD")]),
    # A range that opens with an amount stays one.
    ("Grants of 3 – 18 M€ each.", [("3 – 18 M€", Decimal("3000000"), "EUR")]),
])
def test_a_numbered_part_opens_no_amount(nlp, text, expected):
    assert amounts(nlp, text) == expected
