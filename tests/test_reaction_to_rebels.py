""""President Tinubu condemned the attack" after Boko Haram stormed a Nigerian army base: a
state's reaction to an attack answers the rebels of its own country who made it, not a
foreign state's later strike (context.another_party)."""

from coding import code_text, side_codes

PUB = "2023-05-12"


def test_state_condemns_its_own_rebels_attack(pipeline):
    text = ("Boko Haram fighters overran a Nigerian army post near the town of Damboa on "
            "Wednesday, killing at least eleven soldiers. In a separate operation, Chad said "
            "its jets bombed militant camps near Lake Chad on Tuesday, killing six "
            "Boko Haram fighters. President Bola Tinubu condemned the attack on Wednesday.")
    assert [target for _, target in side_codes(code_text(pipeline, text, PUB), "ACCUSE")] \
        == ["NGAREB"]


def test_rebels_do_not_condemn_their_own_attack(pipeline):
    """Guard (passes before the change too): the rebels never answer their own attack."""
    text = ("Boko Haram fighters overran a Nigerian army post near the town of Damboa on "
            "Wednesday, killing at least eleven soldiers. In a separate operation, Chad said "
            "its jets bombed militant camps near Lake Chad on Tuesday, killing six "
            "Boko Haram fighters. Boko Haram condemned the attack on Wednesday.")
    targets = [target for _, target in side_codes(code_text(pipeline, text, PUB), "ACCUSE")]
    assert "NGAREB" not in targets
