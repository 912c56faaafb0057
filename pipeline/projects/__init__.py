"""PROJECT mentions and project records.

`detect` finds the named activities in a document by their shape; `link` groups
them into project records and ties to each the facts the text states about it.
"""

from .detect import ACRONYM_RULES, ProjectFinder, Vocabulary
from .link import build_project_records
from .link_vocabulary import LinkVocabulary, load_link_vocabulary

__all__ = ["ACRONYM_RULES", "LinkVocabulary", "ProjectFinder", "Vocabulary", "build_project_records", "load_link_vocabulary"]
