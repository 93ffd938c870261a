"""The allergen check: the customer's allergy alerts against a product's allergens."""

from __future__ import annotations

import pytest

from posassist.domain.allergens import conflicts, groups_in

CHEF = ("allergy", "SEVERE cow's milk allergy (guest's child, staying 2 weeks): only certified dairy-free products.")


@pytest.mark.parametrize(
    ("allergens", "groups"),
    [
        ("milk", {"milk"}),
        ("gluten (wheat), egg", {"gluten", "egg"}),
        ("may contain milk, tree nuts", {"milk", "tree nuts"}),
        ("none of the 14 major allergens; made in a milk-free facility", set()),
        ("soya", {"soy"}),
        ("peanuts", {"peanuts"}),
        ("free from milk", set()),
    ],
)
def test_product_allergen_groups(allergens: str, groups: set[str]) -> None:
    assert {c.group for c in conflicts([("allergy", t) for t in _every_group()], allergens)} == groups


def _every_group() -> list[str]:
    return ["milk", "egg", "peanut", "tree nut", "gluten", "soy", "sesame"]


def test_chef_moreau_and_milk() -> None:
    found = conflicts([CHEF], "milk")
    assert [(c.group, c.trace) for c in found] == [("milk", False)]
    assert conflicts([CHEF], "none of the 14 major allergens; made in a milk-free facility") == []
    assert [(c.group, c.trace) for c in conflicts([CHEF], "may contain milk, tree nuts")] == [("milk", True)]


def test_only_allergy_alerts_count_and_nut_means_both_nuts() -> None:
    assert conflicts([("accessibility", "milk crate ramp")], "milk") == []
    assert [c.group for c in conflicts([("allergy", "Nut allergy")], "peanuts")] == ["peanuts"]
    assert conflicts([("allergy", "Latex allergy")], "milk, egg") == []
    assert [c.group for c in conflicts([("allergy", "Gluten intolerance")], "gluten (oats), tree nuts")] == ["gluten"]


def test_words_in_german_and_french() -> None:
    assert groups_in("Milchallergie") == set()  # compound words are not guessed at
    assert groups_in("Allergie: Milch") == {"milk"}
    assert groups_in("allergie aux arachides") == {"peanuts"}
    assert groups_in("peanut-free") == set()
