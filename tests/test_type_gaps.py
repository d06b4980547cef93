"""Type gaps: concessions told as dropping an objection, and sanctions told
as freezing transfers or blocking assets (hand-written sentences, not dev text)."""

from coding import code_text, side_countries

PAD = " Officials gave no further details."


def coded(pipeline, text):
    """The events of one padded probe sentence published on 6 March 2024."""
    return code_text(pipeline, text + PAD, "2024-03-06")


def test_lifting_objections_is_a_concession(pipeline):
    """'lifted its objections to X joining' gives up a stand against the other side (083)."""
    events = coded(pipeline, "Greece lifted its objections to North "
                   "Macedonia joining NATO on Tuesday.")
    assert ("GRC", "MKD") in side_countries(events, "CONCEDE")


def test_ending_a_veto_is_a_concession(pipeline):
    """'abandoned its objections to' and 'ended its veto' are the same concession."""
    events = coded(pipeline, "Serbia abandoned its objections to Kosovo's "
                   "membership of the council on Monday.")
    assert [s for s, _ in side_countries(events, "CONCEDE")] == ["SRB"]


def test_freezing_a_transfer_of_revenues_withholds_it(pipeline):
    """'froze the transfer of tax revenues to the Palestinian Authority' is a sanction (162)."""
    events = coded(pipeline, "Israel froze the transfer of tax revenues to "
                   "the Palestinian Authority on Sunday.")
    assert ("ISR", "PSE") in side_countries(events, "SANCTION")


def test_blocking_assets_is_a_sanction_not_a_rejection(pipeline):
    """'blocked the assets of two Cuban state firms' freezes them (163), no REJECT."""
    events = coded(pipeline, "The United States blocked the assets of two "
                   "Cuban state firms on Wednesday.")
    assert ("USA", "CUB") in side_countries(events, "SANCTION")
    assert not side_countries(events, "REJECT")


def test_handing_out_relief_is_aid(pipeline):
    """'handed out food parcels to families in Ukraine' is humanitarian aid (073)."""
    events = coded(pipeline, "Germany handed out food parcels to families in Ukraine on Monday.")
    assert ("DEU", "UKR") in side_countries(events, "AID")
