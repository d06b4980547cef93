"""The chairs of the African Union Commission speak for the AU while in office
(data/actors/people.tsv), not as former ministers of their own country."""

import pytest
from coding import code_text, side_codes


@pytest.mark.parametrize("text, pub, event_type", [
    ("African Union Commission chairman Jean Ping said on Friday he would send envoys to "
     "Khartoum and Juba next week.", "2012-04-14", "CONSULT"),
    ("Moussa Faki Mahamat on Monday urged Ethiopia to release the detained journalists.",
     "2020-11-23", "REQUEST"),
])
def test_commission_chair_speaks_for_the_au(pipeline, text, pub, event_type):
    codes = side_codes(code_text(pipeline, text, pub), event_type)
    assert codes and all(source.startswith("IGO") for source, _ in codes)


def test_before_office_he_is_his_country_s_minister(pipeline):
    """Guard (passes before the change too): before 2017 he is Chad's minister."""
    text = "Moussa Faki Mahamat on Monday urged Sudan to release the detained journalists."
    codes = side_codes(code_text(pipeline, text, "2012-04-16"), "REQUEST")
    assert codes and all(source.startswith("TCD") for source, _ in codes)
