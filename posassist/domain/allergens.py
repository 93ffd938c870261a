"""Does this product conflict with the customer's allergy alerts?

The product's allergens are free text from the catalogue ("milk", "gluten (wheat), egg", "may
contain milk, tree nuts", "none of the 14 major allergens; made in a milk-free facility"); the
customer's alerts are free text an associate pinned ("SEVERE cow's milk allergy", "Nut allergy",
"Gluten intolerance"). Both are read against the major allergen groups (the EU's 14 and Canada's
priority allergens), with their common names in English, German and French. A group the alert
names and the product contains (or may contain) is a conflict; "milk-free", "free from milk",
"no milk" and "none of ..." say the product does not contain it."""

from __future__ import annotations

import re
from dataclasses import dataclass

# group -> words that name it (lower case; matched as whole words, plural 's' allowed)
GROUPS: dict[str, tuple[str, ...]] = {
    "milk": (
        "milk",
        "dairy",
        "lactose",
        "casein",
        "whey",
        "butter",
        "cheese",
        "cream",
        "yoghurt",
        "yogurt",
        "milch",
        "laktose",
        "lait",
        "lactosé",
        "laitier",
    ),
    "egg": ("egg", "eggs", "ei", "eier", "œuf", "oeuf", "œufs", "oeufs"),
    "peanuts": ("peanut", "groundnut", "erdnuss", "erdnüsse", "arachide", "cacahuète"),
    "tree nuts": (
        "tree nut",
        "nut",
        "almond",
        "hazelnut",
        "walnut",
        "cashew",
        "pecan",
        "pistachio",
        "macadamia",
        "brazil nut",
        "nuss",
        "nüsse",
        "mandel",
        "haselnuss",
        "noix",
        "amande",
        "noisette",
    ),
    "gluten": ("gluten", "wheat", "barley", "rye", "spelt", "weizen", "gerste", "roggen", "blé", "orge", "seigle"),
    "soy": ("soy", "soya", "soja"),
    "sesame": ("sesame", "sesam", "sésame"),
    "fish": ("fish", "fisch", "poisson"),
    "crustaceans": ("crustacean", "shellfish", "shrimp", "prawn", "crab", "lobster", "krebstier", "crustacé"),
    "molluscs": ("mollusc", "mollusk", "weichtier", "mollusque"),
    "mustard": ("mustard", "senf", "moutarde"),
    "celery": ("celery", "sellerie", "céleri"),
    "lupin": ("lupin", "lupine"),
    "sulphites": ("sulphite", "sulfite", "sulphur dioxide", "sulfit"),
}
# an alert about a nut allergy is read as both nut groups: people say "nut" for peanuts too
ALSO = {"tree nuts": ("peanuts",)}
ALLERGY_KINDS = ("allergy",)
_NEGATED = re.compile(r"^\s*(none|no|nil|keine?|aucun|aucune|sans|frei von|free from)\b", re.IGNORECASE)
_TRACE = re.compile(r"\b(may contain|traces? of|kann .*enthalten|spuren|peut contenir)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Conflict:
    group: str  # one of GROUPS
    alert: str  # the alert's text, as pinned
    product_text: str  # what the product says about it ("milk", "may contain milk")
    trace: bool  # only "may contain"


def _pattern(word: str) -> re.Pattern[str]:
    # a whole word (plural allowed), not followed by "-free" / " free" ("milk-free", "dairy free")
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?:e?s)?(?![\w-])(?![-\s]*(?:free|frei)\b)", re.IGNORECASE)


_PATTERNS = {group: [_pattern(w) for w in words] for group, words in GROUPS.items()}


def groups_in(text: str) -> set[str]:
    """The allergen groups a text names as present (negated mentions left out)."""
    found: set[str] = set()
    for group, patterns in _PATTERNS.items():
        if any(p.search(text) for p in patterns):
            found.add(group)
    return found


def _product_parts(allergens: str) -> list[tuple[str, bool]]:
    """The product's allergen text in parts, each with whether it only says 'may contain'."""
    parts: list[tuple[str, bool]] = []
    trace = False
    for raw in re.split(r"[;\n]", allergens):
        for piece in re.split(r",(?![^()]*\))", raw):
            piece = piece.strip()
            if not piece:
                continue
            if _TRACE.search(piece):
                trace = True  # "may contain milk, tree nuts": the whole list after it is traces
            if _NEGATED.search(piece):
                continue
            parts.append((piece, trace))
        trace = False
    return parts


def alert_groups(kind: str, text: str) -> set[str]:
    if kind not in ALLERGY_KINDS:
        return set()
    groups = groups_in(text)
    for g in list(groups):
        groups.update(ALSO.get(g, ()))
    return groups


def conflicts(alerts: list[tuple[str, str]], allergens: str | None) -> list[Conflict]:
    """The product's allergens against the customer's alerts ``(kind, text)``: one conflict per
    allergen group an allergy alert names and the product contains or may contain."""
    if not allergens:
        return []
    parts = _product_parts(allergens)
    out: list[Conflict] = []
    for kind, text in alerts:
        wanted = alert_groups(kind, text)
        for piece, trace in parts:
            for group in sorted(groups_in(piece) & wanted):
                if not any(c.group == group and c.alert == text for c in out):
                    out.append(Conflict(group, text, piece, trace))
    return out
