"""A table's column unit is the table's, not its rows': the countries that label a table's rows ("Nepal  17.3  19.8"
in a table of partners) say who gave, not where the amounts are counted, so a shared sign in a column header or
caption ("(Rs. bn)") is resolved without them (pipeline.money_context)."""

from __future__ import annotations

from .layout import Layout

# The starts of the amounts in table rows whose unit a column header or caption gives (set by pipeline.money_labels).
HEADER_UNIT_STARTS = "fs_header_unit_starts"


def in_table_row(layout: Layout, at: int) -> bool:
    line = layout.line_at(at)
    return line.kind == "row" and not line.key_value


def outside_table_rows(layout: Layout, positions: dict[str, list[int]]) -> dict[str, list[int]]:
    """Each country's mention offsets without those in table rows (a key-value sheet's "Country: Nepal" stays)."""
    return {iso2: [p for p in offsets if not in_table_row(layout, p)] for iso2, offsets in positions.items()}
