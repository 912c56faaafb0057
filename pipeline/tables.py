"""The relational schema records are exported to, and its creation and upgrade.

Table and column names follow the IATI Activity Standard where it fits (activity,
activity_date, recipient country, money flows). Every fact table points at its activity
and at the mention that is its evidence; deleting a document cascades to all of them.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Callable, Iterable

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from .errors import ExportError
from .models import decimal_text

SCHEMA_VERSION = 1


class ExactDecimal(sa.types.TypeDecorator):
    """NUMERIC in PostgreSQL; in SQLite a text column, so an amount never passes through float."""

    impl = sa.Numeric(precision=38, scale=10)
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "sqlite":
            return dialect.type_descriptor(sa.String())
        return dialect.type_descriptor(sa.Numeric(precision=38, scale=10, asdecimal=True))

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        value = Decimal(value)
        return decimal_text(value) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        return None if value is None else Decimal(decimal_text(Decimal(str(value))))


metadata = sa.MetaData()

schema_version = sa.Table("schema_version", metadata, sa.Column("version", sa.Integer, primary_key=True))

document = sa.Table(
    "document", metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("source", sa.String, nullable=False),
    sa.Column("raw_sha256", sa.String(64), nullable=False),
    sa.Column("record_sha256", sa.String(64), nullable=False),
    sa.Column("pipeline_version", sa.String, nullable=False),
    sa.Column("rules_fingerprint", sa.String, nullable=False),
    sa.Column("extracted_at", sa.String, nullable=False),
    sa.CheckConstraint("length(raw_sha256) = 64", name="document_raw_sha256"),
)

mention = sa.Table(
    "mention", metadata,
    sa.Column("document_id", sa.String, sa.ForeignKey("document.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("type", sa.String, primary_key=True),
    sa.Column("start", sa.Integer, primary_key=True),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.String, nullable=False),
    sa.Column("line", sa.Integer),
    sa.Column("col", sa.Integer),
    sa.Column("rule", sa.String),
    sa.Column("section", sa.String),
    sa.Column("date_start", sa.String),
    sa.Column("date_end", sa.String),
    sa.Column("date_precision", sa.String),
    sa.Column("amount", ExactDecimal),
    sa.Column("amount_max", ExactDecimal),
    sa.Column("currency", sa.String(3)),
    sa.Column("qualifier", sa.String),
    sa.Column("iso2", sa.String(2)),
    sa.Column("country_form", sa.String),
    sa.Column("project_title", sa.String),
    sa.Column("project_acronym", sa.String),
    sa.CheckConstraint("type IN ('DATE', 'MONEY', 'COUNTRY', 'PROJECT')", name="mention_type"),
    sa.CheckConstraint('start >= 0 AND "end" > start', name="mention_span"),
    sa.CheckConstraint("date_start IS NULL OR date_end IS NULL OR date_start <= date_end", name="mention_date_order"),
    sa.CheckConstraint("date_precision IS NULL OR date_precision IN ('year', 'month', 'day')", name="mention_date_precision"),
    sa.CheckConstraint("currency IS NULL OR (length(currency) = 3 AND upper(currency) = currency)", name="mention_currency"),
    sa.CheckConstraint("qualifier IS NULL OR qualifier IN ('exact', 'approximate', 'at_least', 'at_most')", name="mention_qualifier"),
    sa.CheckConstraint("iso2 IS NULL OR (length(iso2) = 2 AND upper(iso2) = iso2)", name="mention_iso2"),
    sa.CheckConstraint("country_form IS NULL OR country_form IN ('name', 'demonym')", name="mention_country_form"),
)

activity = sa.Table(
    "activity", metadata,
    sa.Column("document_id", sa.String, sa.ForeignKey("document.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("activity_index", sa.Integer, primary_key=True),
    sa.Column("title", sa.String),
    sa.Column("acronym", sa.String),
    sa.Column("mention_start", sa.Integer, nullable=False),
    sa.Column("mention_type", sa.String, nullable=False, server_default="PROJECT"),
    sa.ForeignKeyConstraint(["document_id", "mention_type", "mention_start"],
                            ["mention.document_id", "mention.type", "mention.start"], ondelete="CASCADE"),
    sa.CheckConstraint("title IS NOT NULL OR acronym IS NOT NULL", name="activity_named"),
)


def _fact_table(name: str, mention_type: str, *columns: sa.Column, checks: Iterable[sa.CheckConstraint] = ()) -> sa.Table:
    return sa.Table(
        name, metadata,
        sa.Column("document_id", sa.String, primary_key=True),
        sa.Column("activity_index", sa.Integer, primary_key=True),
        sa.Column("mention_start", sa.Integer, primary_key=True),
        sa.Column("mention_type", sa.String, nullable=False, server_default=mention_type),
        *columns,
        sa.ForeignKeyConstraint(["document_id", "activity_index"], ["activity.document_id", "activity.activity_index"],
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["document_id", "mention_type", "mention_start"],
                                ["mention.document_id", "mention.type", "mention.start"], ondelete="CASCADE"),
        *checks,
    )


activity_date = _fact_table(
    "activity_date", "DATE", sa.Column("start", sa.String), sa.Column("end", sa.String),
    checks=[sa.CheckConstraint('start IS NULL OR "end" IS NULL OR start <= "end"', name="activity_date_order")],
)
activity_recipient_country = _fact_table(
    "activity_recipient_country", "COUNTRY", sa.Column("iso2", sa.String(2), nullable=False),
    checks=[sa.CheckConstraint("length(iso2) = 2 AND upper(iso2) = iso2", name="recipient_iso2")],
)
money_flow = _fact_table(
    "money_flow", "MONEY", sa.Column("amount", ExactDecimal, nullable=False), sa.Column("currency", sa.String(3), nullable=False),
    checks=[sa.CheckConstraint("length(currency) = 3 AND upper(currency) = currency", name="money_flow_currency")],
)

# Insert order (parents first); deleting a document cascades to all of them.
TABLES = [document, mention, activity, activity_date, activity_recipient_country, money_flow]

COLUMNS = {t.name: tuple(c.name for c in t.columns) for t in TABLES}


def ensure_schema(engine: sa.Engine) -> None:
    """Create the tables in an empty database; refuse one this release cannot read."""
    try:
        inspector = sa.inspect(engine)
        existing = set(inspector.get_table_names())
        if not existing:
            with engine.begin() as conn:
                metadata.create_all(conn)
                conn.execute(schema_version.insert().values(version=SCHEMA_VERSION))
            return
        if "schema_version" not in existing:
            raise ExportError(f"{engine.url.render_as_string(hide_password=True)}: the database has tables but no "
                              "schema_version table; it was not made by factsheets export. Use an empty database.")
        with engine.connect() as conn:
            version = conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar()
    except SQLAlchemyError as error:
        raise ExportError(f"{engine.url.render_as_string(hide_password=True)}: cannot open the database ({error.__class__.__name__}: {error.orig if hasattr(error, 'orig') else error})") from error
    if version is None or version > SCHEMA_VERSION:
        raise ExportError(f"the database's schema version {version} is newer than this release supports ({SCHEMA_VERSION}); "
                          "upgrade factsheet-pipeline to export into it")
    for step in range(version + 1, SCHEMA_VERSION + 1):
        MIGRATIONS[step](engine)


# Version N -> the function that brings a version N-1 database to N, in one transaction.
MIGRATIONS: dict[int, Callable[[sa.Engine], None]] = {}
