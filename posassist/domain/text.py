"""Search text: the same folding for the index and the query (case, accents, punctuation)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TOKENS = 8
MAX_TOKEN_LEN = 40


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents: 'Rosé Côte' -> 'rose cote'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str) -> list[str]:
    """The words of a query or a document; anything else (quotes, *, -, NEAR, parentheses,
    emoji) is just a separator, so user text never becomes search syntax."""
    out = []
    for word in _WORD.findall(fold(text)):
        word = word.strip("_")[:MAX_TOKEN_LEN]
        if word:
            out.append(word)
    return out[:MAX_TOKENS]


def _distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance, giving up past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
            best = min(best, cur[j])
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def closest(word: str, vocabulary: list[str], most: int = 3) -> list[str]:
    """Words of the vocabulary within 1 edit (short words) or 2 edits (5+ letters) of ``word``,
    or that ``word`` is a typo'd prefix of; only the nearest ones ("sweatr" -> "sweater", not
    also "seat"), nearest first."""
    limit = 1 if len(word) < 5 else 2
    scored = []
    for term in vocabulary:
        d = _distance(word, term[: len(word) + limit], limit)
        if d <= limit and (d < 2 or len(term) >= 5):  # two edits only between longer words
            whole = _distance(word, term, limit + 3)
            scored.append((d, 0 if term[:2] == word[:2] else 1, whole, term))
    scored.sort()
    best = scored[0][0] if scored else 0
    return [t for d, _, _, t in scored[:most] if d == best]
