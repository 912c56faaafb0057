"""The layout reads tables whose columns are aligned with runs of spaces (PDF transcripts,
plain-text pages) as rows, and leaves prose and key-value fields written with a colon as text."""

from pipeline.layout import build_layout


def kinds(text):
    layout = build_layout(text)
    return [(line.kind, line.key_value, [text[a:b] for a, b in line.cells]) for line in layout.lines]


def test_columns_aligned_with_spaces_are_rows():
    text = "Donor          Pledge            Paid-in\nRuritania      EUR 2,000,000     2.1\nTotal                            2.1"
    assert kinds(text) == [
        ("row", False, ["Donor", "Pledge", "Paid-in"]),
        ("row", False, ["Ruritania", "EUR 2,000,000", "2.1"]),
        ("row", True, ["Total", "2.1"]),
    ]


def test_a_two_column_line_is_a_key_and_its_value():
    assert kinds("Status                 Active") == [("row", True, ["Status", "Active"])]


def test_fields_with_a_colon_and_two_column_prose_stay_text():
    prose = "The programme trained three hundred district officers in remote sensing and mapping" \
            "     while the second column of the page continues another story entirely here"
    assert [k for k, _, _ in kinds("Budget:        USD 5 million\n" + prose)] == ["text", "text"]


def test_a_rule_of_dash_groups_parted_by_spaces_joins_the_header_to_its_rows():
    text = "No.    Country        Amount\n-----  -------------  ------\n01     Ruritania      8.50"
    layout = build_layout(text)
    assert [line.kind for line in layout.lines] == ["row", "row", "row"]
    assert layout.table_header(layout.lines[2]).index == 0


def test_quoted_csv_lines_are_rows_whose_cells_keep_commas_inside_quotes():
    text = '"ref","title","amount"\n"XY-01","Hill Wells, Phase 2","1,000"\n"Quoted, then prose," she said.'
    assert kinds(text) == [
        ("row", False, ["ref", "title", "amount"]),
        ("row", False, ["XY-01", "Hill Wells, Phase 2", "1,000"]),
        ("text", False, []),
    ]
