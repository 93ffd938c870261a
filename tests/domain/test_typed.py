from hypothesis import given
from hypothesis import strategies as st

from posassist.domain.typed import field, tidy
from posassist.errors import InvalidInput


def test_control_characters_go_line_breaks_stay_where_asked() -> None:
    assert tidy("  a\x00b\x1bc\u0007 ") == "a b c"
    assert tidy("one\r\ntwo\tthree", multiline=True) == "one\ntwo\tthree"
    assert tidy("one\ntwo") == "one two"
    assert tidy("Cafe\u0301") == "Café"  # NFC
    assert tidy(None) == ""


def test_field_names_itself_when_missing_or_too_long() -> None:
    try:
        field("x" * 11, "staff code", name="code", max_len=10)
    except InvalidInput as err:
        assert err.field == "code" and "staff code is 11 characters" in str(err)
    else:
        raise AssertionError("too long was accepted")
    try:
        field(" \x00 ", "name", name="name", max_len=10, required=True)
    except InvalidInput as err:
        assert err.field == "name" and str(err) == "Type the name."
    else:
        raise AssertionError("empty was accepted")


@given(st.text())
def test_tidy_never_keeps_nul_and_is_idempotent(raw: str) -> None:
    out = tidy(raw, multiline=True)
    assert "\x00" not in out and tidy(out, multiline=True) == out
