"""Exceptions the library raises; the CLI turns them into one-line messages."""


class FactsheetError(Exception):
    """Base class for every error this package raises on purpose."""


class RulesError(FactsheetError):
    """A file in rules/ is missing, malformed or holds an invalid pattern."""


class InputError(FactsheetError):
    """A raw factsheet cannot be read as UTF-8 text (missing, empty, binary, undecodable)."""


class GoldFormatError(FactsheetError):
    """A gold or extracted JSON file does not follow the record format."""


class ExportError(FactsheetError):
    """The database cannot be opened, is of an unknown schema, or refused the rows."""
