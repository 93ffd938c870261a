"""Writes demo_queries.json: how customers ask for things in the demo catalogue, with what a
right answer is (every listed word in the title; the colour or brand when the customer named one).

Run once by hand (``python tests/data/relevance/make_queries.py``) and read the result; the file
is the judged set, this script only saves typing. Typos are the kinds people make: a dropped
letter, two letters swapped, a doubled letter, a vowel for another."""

from __future__ import annotations

import json
from pathlib import Path

from posassist.services.demo import vocab

OUT = Path(__file__).with_name("demo_queries.json")
queries: list[dict[str, object]] = []


def add(q: str, title: list[str], kind: str, **extra: str) -> None:
    queries.append({"q": q, "title": title, "kind": kind, **extra})


def typos(word: str) -> list[str]:
    w = word.lower()
    mid = len(w) // 2
    out = [w[:mid] + w[mid + 1 :], w[:mid] + w[mid + 1] + w[mid] + w[mid + 2 :]]  # dropped, swapped
    vowels = [i for i, c in enumerate(w) if c in "aeiou" and i > 0]
    if vowels:
        i = vowels[-1]
        out.append(w[:i] + ("e" if w[i] != "e" else "a") + w[i + 1 :])  # another vowel
    return [t for t in out if t != w]


# 1. what the thing is called, and with its kind (apparel and shoes)
for family, adjs in vocab.APPAREL + vocab.SHOES:
    fam = family.lower()
    add(fam, fam.split(), "name")
    for adj in adjs:
        add(f"{adj.lower()} {fam}", [*adj.lower().replace("-", " ").split(), *fam.split()], "name")
for name, *_ in vocab.FURNITURE:
    add(name.lower(), name.lower().split(), "name")
for style in ["Oslo", "Bergen", "Lyon", "Porto", "Aarhus"]:  # styles the demo makes sofas in
    add(f"{style} sofa", ["sofa"], "name")
for name, _ in vocab.ELECTRONICS:
    add(name.lower(), name.lower().replace("-", " ").split(), "name")
for title, _ in vocab.GROCERY:
    words = [w for w in title.lower().split() if w.isalpha()][:2]
    add(" ".join(words), words, "name")
for title in vocab.GIFTS:
    words = [w for w in title.lower().split() if w.isalpha()][:2]
    add(" ".join(words), words, "name")

# 2. plurals
for word in [
    "sweaters",
    "jackets",
    "shirts",
    "dresses",
    "coats",
    "sneakers",
    "boots",
    "loafers",
    "sandals",
    "sofas",
    "armchairs",
    "bookcases",
    "desks",
    "wardrobes",
    "tablets",
    "webcams",
    "candles",
    "mugs",
    "notebooks",
    "walking shoes",
    "dining tables",
    "coffee tables",
    "desk lamps",
    "power banks",
    "smart watches",
    "electric kettles",
    "hiking boots",
    "rain jackets",
]:
    parts = word.split()
    last = parts[-1]
    last = "shoe" if last == "shoes" else last[:-2] if last.endswith(("sses", "ches")) else last[:-1]
    sing = [*parts[:-1], last]
    add(word, sing, "plural")

# 3. typos, as customers type them
for q, title in [
    ("merino swetr", ["merino", "sweater"]),
    ("sweatr", ["sweater"]),
    ("swetr", ["sweater"]),
    ("jaket", ["jacket"]),
    ("snekaer", ["sneaker"]),
    ("hedphones", ["headphones"]),
    ("cofee machine", ["coffee", "machine"]),
    ("vacum cleaner", ["vacuum", "cleaner"]),
    ("bookcas", ["bookcase"]),
    ("wardrob", ["wardrobe"]),
    ("chelsae boot", ["chelsea", "boot"]),
    ("kashmere sweater", ["cashmere", "sweater"]),
    ("trowsers", ["trousers"]),
    ("sandle", ["sandal"]),
    ("armchiar", ["armchair"]),
    ("bluetooth speeker", ["bluetooth", "speaker"]),
    ("electirc kettle", ["electric", "kettle"]),
    ("yogurt", ["yoghurt"]),
    ("sourdogh", ["sourdough"]),
    ("chocolat", ["chocolate"]),
    ("humus", ["hummus"]),
    ("cheder", ["cheddar"]),
]:
    add(q, title, "typo")
for family, adjs in vocab.APPAREL + vocab.SHOES:
    fam = family.lower().split()[-1]
    for t in typos(fam)[:2]:
        add(f"{adjs[0].lower()} {t}", [adjs[0].lower(), fam], "typo")
for name, _ in vocab.ELECTRONICS[:8]:
    w = name.lower().split()[-1]
    add(typos(w)[0], w.replace("-", " ").split(), "typo")

# 4. the start of a word (type-ahead)
for q, title in [
    ("swea", ["sweater"]),
    ("jack", ["jacket"]),
    ("headph", ["headphones"]),
    ("sneak", ["sneaker"]),
    ("wardr", ["wardrobe"]),
    ("kett", ["kettle"]),
    ("merino swe", ["merino", "sweater"]),
    ("cash", ["cashmere"]),
    ("trou", ["trousers"]),
    ("book", ["bookcase"]),
    ("vacu", ["vacuum"]),
    ("loafe", ["loafer"]),
    ("chel", ["chelsea"]),
    ("granol", ["granola"]),
    ("peanut but", ["peanut", "butter"]),
    ("scented cand", ["scented", "candle"]),
    ("dining tab", ["dining", "table"]),
    ("e-read", ["reader"]),
]:
    add(q, title, "partial")

# 5. colours and brands the customer names
for colour, fam in [
    ("red", "sneaker"),
    ("navy", "sweater"),
    ("black", "boot"),
    ("olive", "jacket"),
    ("burgundy", "dress"),
    ("camel", "coat"),
    ("grey", "trousers"),
    ("white", "shirt"),
    ("charcoal", "sweater"),
    ("teal", "jacket"),
    ("mustard", "sweater"),
    ("ivory", "shirt"),
    ("black", "headphones"),
    ("silver", "smart watch"),
    ("white", "sneaker"),
    ("navy", "coat"),
    ("red", "dress"),
    ("black", "loafer"),
    ("white", "sofa"),
    ("walnut", "desk"),
]:
    add(f"{colour} {fam}", fam.split(), "colour", colour=colour)
for brand, fam in [
    ("northwind", "jacket"),
    ("alpenglow", "sweater"),
    ("voltura", "headphones"),
    ("strider", "boot"),
    ("nordhaus", "sofa"),
    ("sonique", "speaker"),
    ("fjallmark", "sweater"),
    ("cote sauvage", "shirt"),
    ("pace lab", "sneaker"),
    ("moebelwerk", "table"),
    ("oatly", "oat drink"),
    ("green valley", "milk"),
    ("candle works", "candle"),
    ("pixelhaus", "tablet"),
    ("harbour", "coat"),
]:
    add(f"{brand} {fam}", fam.split(), "brand", brand=brand.split()[0].replace("moebelwerk", "mobelwerk"))
add("oat drink", ["oat", "drink"], "brand-not-title")
add("oat", ["oat"], "brand-not-title")
add("almond drink", ["almond", "drink"], "name")
add("alpine milk", ["milk"], "brand", brand="alpine")

# 6. German and French (the shipped translations)
for q, title in [
    ("Pullover", ["sweater"]),
    ("Jacke", ["jacket"]),
    ("Jacken", ["jacket"]),
    ("Hemd", ["shirt"]),
    ("Hose", ["trousers"]),
    ("Kleid", ["dress"]),
    ("Mantel", ["coat"]),
    ("Stiefel", ["boot"]),
    ("Sandalen", ["sandal"]),
    ("Sessel", ["armchair"]),
    ("Schreibtisch", ["desk"]),
    ("Kleiderschrank", ["wardrobe"]),
    ("Kopfhörer", ["headphones"]),
    ("Lautsprecher", ["speaker"]),
    ("Kaffeemaschine", ["coffee", "machine"]),
    ("Staubsauger", ["vacuum", "cleaner"]),
    ("Wasserkocher", ["kettle"]),
    ("Haferdrink", ["oat", "drink"]),
    ("Mandelmilch", ["almond", "drink"]),
    ("Erdnussbutter", ["peanut", "butter"]),
    ("Schokolade", ["chocolate"]),
    ("Duftkerze", ["candle"]),
    ("Bilderrahmen", ["photo", "frame"]),
    ("Merino Pullover", ["merino", "sweater"]),
    ("rote Turnschuhe", ["sneaker"]),
    ("schwarze Stiefel", ["boot"]),
    ("veste", ["jacket"]),
    ("chemise", ["shirt"]),
    ("pantalon", ["trousers"]),
    ("robe", ["dress"]),
    ("manteau", ["coat"]),
    ("bottes", ["boot"]),
    ("baskets", ["sneaker"]),
    ("mocassins", ["loafer"]),
    ("canapé", ["sofa"]),
    ("fauteuil", ["armchair"]),
    ("bibliothèque", ["bookcase"]),
    ("armoire", ["wardrobe"]),
    ("casque", ["headphones"]),
    ("enceinte", ["speaker"]),
    ("montre", ["watch"]),
    ("tablette", ["tablet"]),
    ("aspirateur", ["vacuum"]),
    ("bouilloire", ["kettle"]),
    ("chocolat noir", ["chocolate"]),
    ("bougie", ["candle"]),
    ("pull mérinos", ["merino", "sweater"]),
    ("pull merino", ["merino", "sweater"]),
    ("bottes noires", ["boot"]),
    ("robe rouge", ["dress"]),
]:
    add(q, title, "translation")

OUT.write_text(json.dumps(queries, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(len(queries), "queries written to", OUT)
