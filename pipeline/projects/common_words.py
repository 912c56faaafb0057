"""Whether a word is common English, from wordfreq's small English list (about 29,000 words, with their
frequencies in subtitles, news, books and the web).

A capitalized word that no such list holds ("Velona", "Tavoloma", "Kisimvu") is coined or foreign: right by a
project noun ("the Velona programme", "the programme Kisimvu Rafiki,") it is a name, where an English word
("the Regional programme", "the programme Manager") is not.
"""

from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency


@lru_cache(maxsize=1 << 16)
def is_common_english(word: str) -> bool:
    return zipf_frequency(word.lower(), "en", wordlist="small") > 0
