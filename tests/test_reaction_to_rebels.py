""""President Farmaajo condemned the attack" after Al-Shabaab stormed a Somali army base: a
state's reaction to an attack answers the rebels of its own country who made it, not a
foreign state's later strike (context.another_party)."""

from coding import code_text, side_codes

PUB = "2023-05-12"


def test_state_condemns_its_own_rebels_attack(pipeline):
    text = ("Al-Shabaab fighters stormed a Somali army base near the town of Awdheegle on "
            "Wednesday, killing at least nine soldiers. Separately, the US Africa Command said "
            "its aircraft carried out an air strike near Jilib on Tuesday, killing four "
            "al-Shabaab militants. President Mohamed Abdullahi Farmaajo condemned the attack "
            "on Wednesday.")
    assert [target for _, target in side_codes(code_text(pipeline, text, PUB), "ACCUSE")] \
        == ["SOMREB"]


def test_rebels_do_not_condemn_their_own_attack(pipeline):
    text = ("Al-Shabaab fighters stormed a Somali army base near the town of Awdheegle on "
            "Wednesday, killing at least nine soldiers. Separately, the US Africa Command said "
            "its aircraft carried out an air strike near Jilib on Tuesday, killing four "
            "al-Shabaab militants. Al-Shabaab condemned the attack on Wednesday.")
    targets = [target for _, target in side_codes(code_text(pipeline, text, PUB), "ACCUSE")]
    assert "SOMREB" not in targets
