"""Whether a word is common English, from wordfreq's small English list (about 29,000 words, with their
frequencies in subtitles, news, books and the web).

A capitalized word that no such list holds ("Velona", "Tavoloma", "Kisimvu") is coined or foreign: right by a
project noun ("the Velona programme", "the programme Kisimvu Rafiki,") it is a name, where an English word
("the Regional programme", "the programme Manager") is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency


@lru_cache(maxsize=1 << 16)
def is_common_english(word: str) -> bool:
    return zipf_frequency(word.lower(), "en", wordlist="small") > 0


def in_two_languages(first: str, second: str) -> bool:
    """"Sauberes Wasser für Bergdörfer / Clean Water for Hill Villages": one side in common English words, the other
    not; "Youth Skills / Vocational Training" is one language."""
    shares = []
    for text in (first, second):
        words = re.findall(r"[^\W\d_]{4,}", text)
        if not words:
            return False
        shares.append(sum(map(is_common_english, words)) / len(words))
    return abs(shares[0] - shares[1]) >= 0.5
