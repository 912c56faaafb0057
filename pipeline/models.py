"""Pydantic models for mentions, project records and documents.

The mention fields `type`, `start`, `end`, `text` and `value` are exactly the gold
format of the spec (shared/spec/EXTRACTION.md), so an extracted file and a gold file
can be compared by any scorer. Extraction adds `rule` and `section` beside them.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_serializer

ISO_PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
MENTION_TYPES: tuple[str, ...] = ("DATE", "MONEY", "COUNTRY", "PROJECT")


class _Strict(BaseModel):
    # extra="forbid": a typo in a gold file must fail, not pass silently.
    model_config = ConfigDict(extra="forbid", frozen=True)


def decimal_text(value: Decimal) -> str:
    """Plain decimal notation, never exponent form.

    >>> decimal_text(Decimal("1.778E+8"))
    '177800000'
    >>> decimal_text(Decimal("0.50"))
    '0.5'
    """
    return format(value.normalize(), "f")


class DateValue(_Strict):
    start: Optional[str] = Field(pattern=ISO_PARTIAL_DATE)
    end: Optional[str] = Field(pattern=ISO_PARTIAL_DATE)


class MoneyValue(_Strict):
    amount: Decimal
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    qualifier: Literal["exact", "approximate", "at_least", "at_most"]
    amount_max: Optional[Decimal] = Field(default=None, exclude_if=lambda v: v is None)

    @field_serializer("amount", "amount_max")
    def _plain_decimal(self, value: Optional[Decimal]) -> Optional[str]:
        return None if value is None else decimal_text(value)


class CountryValue(_Strict):
    iso2: str = Field(pattern=r"^[A-Z]{2}$")
    form: Literal["name", "demonym"]


class ProjectValue(_Strict):
    title: Optional[str]
    acronym: Optional[str]


class _MentionBase(_Strict):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    # Provenance, present in extracted files and absent from gold files.
    rule: Optional[str] = Field(default=None, exclude_if=lambda v: v is None)
    section: Optional[str] = Field(default=None, exclude_if=lambda v: v is None)
    line: Optional[int] = Field(default=None, ge=1, exclude_if=lambda v: v is None)
    col: Optional[int] = Field(default=None, ge=1, exclude_if=lambda v: v is None)


class DateMention(_MentionBase):
    type: Literal["DATE"] = "DATE"
    value: DateValue


class MoneyMention(_MentionBase):
    type: Literal["MONEY"] = "MONEY"
    value: MoneyValue


class CountryMention(_MentionBase):
    type: Literal["COUNTRY"] = "COUNTRY"
    value: CountryValue


class ProjectMention(_MentionBase):
    type: Literal["PROJECT"] = "PROJECT"
    value: ProjectValue


Mention = Annotated[
    Union[DateMention, MoneyMention, CountryMention, ProjectMention],
    Field(discriminator="type"),
]
MENTION_ADAPTER: TypeAdapter[Mention] = TypeAdapter(Mention)
MENTION_MODELS = {"DATE": DateMention, "MONEY": MoneyMention, "COUNTRY": CountryMention, "PROJECT": ProjectMention}


class CountryFact(_Strict):
    iso2: str = Field(pattern=r"^[A-Z]{2}$")
    mention: int


class AmountFact(_Strict):
    amount: Decimal
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    mention: int
    # A range's upper bound, copied from its mention's value by annotators (scoring compares amount and currency).
    amount_max: Optional[Decimal] = Field(default=None, exclude_if=lambda v: v is None)

    @field_serializer("amount", "amount_max")
    def _plain_decimal(self, value: Optional[Decimal]) -> Optional[str]:
        return None if value is None else decimal_text(value)


class DateFact(_Strict):
    start: Optional[str] = Field(pattern=ISO_PARTIAL_DATE)
    end: Optional[str] = Field(pattern=ISO_PARTIAL_DATE)
    mention: int


class ProjectRecord(_Strict):
    """One project with the facts the text ties to it; facts point at mentions by start offset."""

    title: Optional[str]
    acronym: Optional[str]
    mentions: list[int]
    countries: list[CountryFact] = []
    amounts: list[AmountFact] = []
    dates: list[DateFact] = []


class GoldDocument(_Strict):
    """A gold annotation file as the spec defines it."""

    doc: str
    mentions: list[Mention]
    projects: Optional[list[ProjectRecord]] = None


class DocumentRecord(_Strict):
    """Everything extracted from one factsheet.

    Depends only on the raw bytes, the rules, the pipeline version and (for PDF and HTML)
    the converter, so extracting the same input twice gives byte-identical files.
    """

    doc: str
    source: str
    raw_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    # For a PDF or HTML source, the converter that made `text` ("pdf:pdfplumber 0.11.4");
    # absent for plain text, so those records are unchanged.
    converter: Optional[str] = Field(default=None, exclude_if=lambda v: v is None)
    pipeline_version: str
    rules_fingerprint: str
    # The text as decoded (or converted): records are self-contained evidence for diff and show.
    text: str
    mentions: list[Mention]
    projects: list[ProjectRecord]
