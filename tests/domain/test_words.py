"""The domain's messages are data (a source template and its values) put into words at the edge:
the domain never imports the translator, and a message reads in the language active when shown."""

import subprocess
import sys
from collections.abc import Iterator

import pytest

from posassist import errors, i18n
from posassist.domain.catalogue import parse_barcode
from posassist.domain.gtin import normalise
from posassist.domain.typed import field
from posassist.errors import InvalidInput, Text


def test_the_domain_imports_no_translator() -> None:
    code = (
        "import sys\n"
        "import posassist.domain.policy, posassist.domain.catalogue, posassist.domain.typed\n"
        "import posassist.domain.units, posassist.domain.scan, posassist.domain.gtin\n"
        "print('posassist.i18n' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.fixture
def shouting() -> Iterator[None]:
    """A translator that shows which texts went through it (and its values, filled in)."""
    errors.set_translator(
        lambda template, **values: template.upper().format(**{k.upper(): v for k, v in values.items()})
    )
    yield
    errors.set_translator(i18n.tr)


def test_an_error_is_translated_when_shown_not_when_raised(shouting: None) -> None:
    errors.set_translator(None)
    with pytest.raises(InvalidInput) as caught:
        field("", "name", name="name", max_len=10, required=True)
    assert caught.value.text == Text("Type the {label}.", label="name")
    errors.set_translator(lambda template, **values: "«" + template.format(**values) + "»")
    assert str(caught.value) == caught.value.message == "«Type the name.»"


def test_problems_are_data_with_their_sentence(shouting: None) -> None:
    res = normalise("4006381333932")
    assert res.why == Text("check digit wrong — rescan or type the code") and res.code == "invalid_barcode"
    assert res.problem == "CHECK DIGIT WRONG — RESCAN OR TYPE THE CODE"
    cleaned = parse_barcode("'4006381333931")
    assert cleaned.code == "barcode_cleaned"
    assert cleaned.message == "''4006381333931': A LEADING APOSTROPHE WAS REMOVED."


def test_english_without_the_translator_is_the_same_as_with_it() -> None:
    err = InvalidInput(
        Text("The {label} is {text:,} characters long; keep it to {max_len:,}.", label="note", text=12345, max_len=2000)
    )
    english = str(err)
    errors.set_translator(None)
    try:
        assert str(err) == english == "The note is 12,345 characters long; keep it to 2,000."
    finally:
        errors.set_translator(i18n.tr)
