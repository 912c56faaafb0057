"""Table units given by a sentence that introduces the table, by a shared currency word or by a code that is also a
word; counts beside amounts; crowded rows of aligned tables and a header's line of years; local signs and writings
(the lira's "TL", Bolivia's "$us", French "$ CA", Cabo Verde's cifrão, "so'm"); spoken decimals; Romance ranges and
ceilings.

Names, figures, dates and sentences are invented for these tests; false-positive cases are included on purpose.
"""

from decimal import Decimal

from .span_helpers import money_values

# ---- table units ----------------------------------------------------------------------------------------------------


def test_a_sentence_that_closes_on_its_unit_before_a_colon_gives_the_table_its_unit(nlp):
    text = ("Our three largest programmes in Ruritania are listed below (outturn in £ million, by financial year):\n\n"
            "  Programme                                             2030-31   2031-32\n"
            "  Northern Water Resilience Programme                      21.4      19.2\n"
            "  Girls' Schooling Continuity Programme                     6.3       7.1\n")
    found = money_values(nlp, text)
    assert found["21.4"] == (Decimal("21400000"), "GBP", "exact")
    assert found["7.1"] == (Decimal("7100000"), "GBP", "exact")


def test_a_shared_currency_word_in_a_caption_is_read_by_the_page_s_country_and_counts_stay_counts(nlp):
    text = ("El programa apoya a familias rurales en Colombia.\n\n"
            "Tabla 2. Municipios y recursos previstos (millones de pesos)\n\n"
            "| Departamento | Municipio   | Familias | Recursos previstos | Beneficios netos |\n"
            "|--------------|-------------|---------:|-------------------:|-----------------:|\n"
            "| Huila        | Garzón      |    1.320 |             11.650 |            2.150 |\n"
            "| Tolima       | Chaparral   |      760 |              8.250 |            1.480 |\n")
    found = money_values(nlp, text)
    assert found["11.650"] == (Decimal("11650000000"), "COP", "exact")
    assert found["1.480"] == (Decimal("1480000000"), "COP", "exact")
    assert "1.320" not in found and "760" not in found


def test_a_code_that_is_also_a_word_heads_a_column_of_amounts(nlp):
    text = ("Table 6: Works handed over in 2031\n\n"
            "Partner          Works                                        Handover       Cost (TRY)\n"
            "-------------------------------------------------------------------------------------------\n"
            "Chad             Lake Villages Clinic Wing                    12.05.2031     41.200.000\n"
            "Kenya            Dryland Seed Stores                          30.11.2031      5.150.000\n")
    found = money_values(nlp, text)
    assert found["41.200.000"] == (Decimal("41200000"), "TRY", "exact")
    assert found["5.150.000"] == (Decimal("5150000"), "TRY", "exact")


def test_a_row_whose_long_cell_leaves_two_spaces_is_cut_like_the_rows_around_it(nlp):
    text = ("Table 5. Main country projects by amount paid in 2030 (in EUR)\n\n"
            "Country       Code     Project                                                         Period     Disbursed\n"
            "Chad          CHD/017  Programme de soutien aux coopératives agricoles des femmes (PSCAF)  "
            "2027–2031  6,114,200\n"
            "Togo          TGO/022  Rural Roads Maintenance Facility                                  2028–2032  4,270,000\n")
    found = money_values(nlp, text)
    assert found["6,114,200"] == (Decimal("6114200"), "EUR", "exact")
    assert found["4,270,000"] == (Decimal("4270000"), "EUR", "exact")


def test_a_header_s_line_of_years_keeps_the_table_under_its_caption(nlp):
    text = ("4.2  Releases to provinces in Pakistan grew over the year.\n\n"
            "Table 9: Loan-Financed Schemes Under Way                                           (Rs. million)\n"
            "---------------------------------------------------------------------------------------------\n"
            "No. Scheme                                    Executing Agency   Lender   Total Cost   Release\n"
            "                                                                                    2031-32\n"
            "---------------------------------------------------------------------------------------------\n"
            "1   Upland Rivers Flood Protection Scheme     Irrigation Dept    IDA        84,310    9,650\n"
            "2   Coastal Towns Sanitation Scheme           City Water Board   ADB        22,150    3,120\n")
    found = money_values(nlp, text)
    assert found["84,310"] == (Decimal("84310000000"), "PKR", "exact")
    assert found["3,120"] == (Decimal("3120000000"), "PKR", "exact")
    assert "1" not in found and "2031-32" not in found


# ---- local signs and writings ---------------------------------------------------------------------------------------


def test_the_lira_s_tl_counts_beside_a_scale_and_not_as_a_team_leader_s_number(nlp):
    found = money_values(nlp, "The agency in Ankara, Turkey, spent TL 4.5 million. TL 2 is the deputy team leader.")
    assert found == {"TL 4.5 million": (Decimal("4500000"), "TRY", "exact")}


def test_bolivia_s_dollar_sign_and_french_dollar_suffixes(nlp):
    found = money_values(nlp, "El crédito de $us 12 millones se firmó en Bolivia. Un apport de 275 000 $ CA et de "
                              "20 000 $ US. Costs: 20 $ NA in total.")
    assert found["$us 12 millones"] == (Decimal("12000000"), "USD", "exact")
    assert found["275 000 $ CA"] == (Decimal("275000"), "CAD", "exact")
    assert found["20 000 $ US"] == (Decimal("20000"), "USD", "exact")
    assert "20 $ NA" not in found


def test_cabo_verde_s_cifrao_stands_between_escudos_and_centavos(nlp):
    found = money_values(nlp, "Cabo Verde garante uma contrapartida de 120.400.000$00 e 2.500$50 por dia.")
    assert found["120.400.000$00"] == (Decimal("120400000"), "CVE", "exact")
    assert found["2.500$50"] == (Decimal("2500.50"), "CVE", "exact")


def test_the_som_is_written_with_any_apostrophe(nlp):
    found = money_values(nlp, "A tranche of about 1.4 trillion so'm in Uzbekistan, and 3 billion so’m more.")
    assert found["1.4 trillion so'm"] == (Decimal("1400000000000"), "UZS", "approximate")
    assert found["3 billion so’m"] == (Decimal("3000000000"), "UZS", "exact")


# ---- spoken decimals, Romance ranges and ceilings -------------------------------------------------------------------


def test_a_spoken_decimal_point_reads_one_digit_word_per_decimal(nlp):
    found = money_values(nlp, "The fund approved forty-one point five million dollars, and three point two five billion "
                              "euros later. At one point two thousand dollars went missing.")
    assert found == {"forty-one point five million dollars": (Decimal("41500000"), "USD", "exact"),
                     "three point two five billion euros": (Decimal("3250000000"), "EUR", "exact")}


def test_romance_ranges_join_their_two_amounts_across_a_line_break(nlp):
    doc = nlp("Os empréstimos vão de 120.000 a 1.200.000 escudos. Des crédits de 3 500 à\n12 000 gourdes en Haïti. "
              "In 2031 a 1,200,000 dollar grant was approved.")
    found = {s.text: (s._.value.amount, s._.value.amount_max, s._.value.currency) for s in doc.spans["MONEY"]}
    assert found["120.000 a 1.200.000 escudos"] == (Decimal("120000"), Decimal("1200000"), "CVE")
    assert found["3 500 à\n12 000 gourdes"] == (Decimal("3500"), Decimal("12000"), "HTG")
    assert found["1,200,000 dollar"] == (Decimal("1200000"), None, "USD")


def test_romance_ceilings_are_at_most(nlp):
    found = money_values(nlp, "En Haïti, chaque prêt reste dans la limite de 180 000 gourdes. No Brasil, o programa "
                              "concede créditos com um teto de 30 mil reais por família, e o fundo recebeu 2,5 milhões "
                              "de reais.")
    assert found["180 000 gourdes"][2] == "at_most"
    assert found["30 mil reais"][2] == "at_most"
