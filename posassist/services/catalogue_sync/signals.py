"""What a row says about itself in the shop's own language: is it merchandise at all (a service,
insurance, a booking, a gift card), and which option is the colour and which the size."""

from __future__ import annotations

import re
from functools import lru_cache

from posassist.domain.text import fold

# Words (folded: lower case, no accents) that name rows which are not shelf products, in the
# languages shops export in. Matched as whole words (a plural ending allowed), so "Terminal" is
# not "Termin" and "Citadel" is not "cita".
NOT_MERCH_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "shipping insurance",
        "shipping protection",
        "package protection",
        "route package protection",
        "gift wrap",
        "gift wrapping",
        "gift card",
        "e-gift card",
        "egift card",
        "gift voucher",
        "gift certificate",
        "appointment",
        "booking",
        "installation service",
        "assembly service",
        "consultation",
        "warranty plan",
        "extended warranty",
        "service fee",
        "handling fee",
        "setup fee",
        "deposit",
        "donation",
    ),
    "nl": (
        "verzendverzekering",
        "verzekering",
        "afspraak",
        "boeking",
        "reservering",
        "cadeaubon",
        "cadeaukaart",
        "inpakservice",
        "cadeauverpakking",
        "servicekosten",
        "montageservice",
        "aanbetaling",
    ),
    "sv": (
        "fraktforsakring",
        "forsakring",
        "bokning",
        "tidsbokning",
        "presentkort",
        "presentinslagning",
        "serviceavgift",
        "monteringsservice",
        "handpenning",
    ),
    "de": (
        "versandversicherung",
        "versicherung",
        "termin",
        "terminbuchung",
        "buchung",
        "reservierung",
        "geschenkgutschein",
        "gutschein",
        "geschenkverpackung",
        "montageservice",
        "servicegebuhr",
        "anzahlung",
        "beratung",
    ),
    "fr": (
        "assurance livraison",
        "assurance expedition",
        "rendez-vous",
        "rendez vous",
        "reservation",
        "carte cadeau",
        "cheque cadeau",
        "bon cadeau",
        "emballage cadeau",
        "frais de service",
        "acompte",
    ),
    "es": (
        "seguro de envio",
        "cita previa",
        "cita",
        "reserva de cita",
        "tarjeta regalo",
        "tarjeta de regalo",
        "cheque regalo",
        "envoltorio de regalo",
        "papel de regalo",
        "tarifa de servicio",
        "cargo por servicio",
        "anticipo",
    ),
    "it": (
        "assicurazione spedizione",
        "assicurazione",
        "appuntamento",
        "prenotazione",
        "carta regalo",
        "buono regalo",
        "confezione regalo",
        "pacchetto regalo",
        "costi di servizio",
        "acconto",
        "consulenza",
    ),
}
# a product Type (Shopify's Type, a category) that is never a shelf product, in those languages
NOT_MERCH_TYPES = frozenset(
    {
        "service",
        "services",
        "insurance",
        "fee",
        "fees",
        "gift card",
        "gift cards",
        "giftcard",
        "booking",
        "bookings",
        "appointment",
        "appointments",
        "dienst",
        "diensten",
        "dienstleistung",
        "dienstleistungen",
        "versicherung",
        "verzekering",
        "tjanst",
        "tjanster",
        "forsakring",
        "assurance",
        "prestation",
        "prestations",
        "seguro",
        "servicio",
        "servicios",
        "servizio",
        "servizi",
        "assicurazione",
    }
)
_WORDS = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(sorted({re.escape(w) for ws in NOT_MERCH_WORDS.values() for w in ws}, key=len, reverse=True))
    + r")(?:s|es|en|er|e|ar)?(?![\w-])"
)

# option names (folded) that mean colour or size, in the languages shops export in
COLOUR_NAMES = frozenset(
    {
        "color",
        "colour",
        "colors",
        "colours",
        "couleur",
        "farbe",
        "kleur",
        "colore",
        "farg",
        "farge",
        "farve",
        "vari",
        "cor",
        "kolor",
        "barva",
        "farbe/color",
        "color name",
        "colour name",
    }
)
SIZE_NAMES = frozenset(
    {
        "size",
        "sizes",
        "shoe size",
        "taille",
        "pointure",
        "grosse",
        "groesse",
        "maat",
        "grootte",
        "taglia",
        "talla",
        "tamano",
        "storlek",
        "storrelse",
        "koko",
        "tamanho",
        "rozmiar",
        "velikost",
        "schuhgrosse",
        "skostorlek",
        "schoenmaat",
    }
)


@lru_cache(maxsize=4096)
def option_kind(name: str) -> str | None:
    """'colour', 'size' or None for an option or attribute name in any of those languages."""
    n = " ".join(fold(name).replace("_", " ").split())
    if n.startswith("pa "):  # WooCommerce global attributes: pa_color
        n = n[3:]
    if n in COLOUR_NAMES:
        return "colour"
    if n in SIZE_NAMES:
        return "size"
    return None


@lru_cache(maxsize=65536)
def not_merchandise_words(title: str, product_type: str) -> str | None:
    """The word that makes a row a service, a fee or a booking, or None. Cached: the variants of a
    product repeat its title."""
    t = fold(product_type).strip()
    if t in NOT_MERCH_TYPES:
        return product_type.strip()
    m = _WORDS.search(fold(f"{title} {product_type}"))
    return m.group(0) if m else None
