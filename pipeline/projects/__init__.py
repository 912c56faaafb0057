"""PROJECT mentions and project records.

`detect` finds the named activities in a document by their shape; `link` groups
them into project records and ties to each the facts the text states about it.
"""

from .context import Vocabulary
from .detect import find_projects
from .mentions import ACRONYM_RULES
from .link import build_project_records
from .link_vocabulary import LinkVocabulary, load_link_vocabulary

__all__ = ["ACRONYM_RULES", "LinkVocabulary", "Vocabulary", "build_project_records", "find_projects", "load_link_vocabulary"]
